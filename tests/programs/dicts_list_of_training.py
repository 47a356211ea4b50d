# a training history kept as a list of dicts: append, loop, f-strings, print, max(key=)
history = []
for epoch in range(3):
    loss = 10 - epoch
    history.append({"epoch": epoch, "loss": loss})
for h in history:
    print(f"epoch {h['epoch']}: loss={h['loss']:>5}")
print(history)
rows = [{"x": 1, "y": 2}, {"x": 3, "y": 4}]
print(sum(r["x"] * r["y"] for r in rows), rows[1]["y"])
rows[0]["x"] = 9; print(rows)
best = max(history, key=lambda h: h["loss"])
print(best)
