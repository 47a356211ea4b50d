# many short-lived dicts held only by lists, replaced in loops: each collection keeps the live ones
rows = [{"i": 0, "sq": 0}, {"i": 0, "sq": 0}, {"i": 0, "sq": 0}]
total = 0
for step in range(200):
    rows[step % 3] = {"i": step, "sq": step % 50 * 3}
    if step % 7 == 0:
        rows.append({"i": -step, "sq": 1})
        rows.pop(0)
    extra = [{"t": step}, {"t": step + 1}]
    total = (total + rows[0]["i"] + extra[1]["t"] + len(rows[-1])) % 1000
    if step % 40 == 0:
        print(step, rows, total)
print(rows, total)
hist = []
for step in range(200):
    hist.append({"step": step, "v": step * 2})
    hist[-1]["w"] = step % 3
    if len(hist) > 5:
        hist.pop(0)
print(hist)
print(sum(h["v"] + h["w"] for h in hist))
