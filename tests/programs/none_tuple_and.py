# A tuple, list or dict that may be None as an operand of and/or in a test: None and empty are false.
def best_pair(vals):
    best = None
    for v in vals:
        if best is None or v > best[0]:
            best = (v, v * v)
    return best


for vals in [[3, 1], [], [5, 9, 2]]:
    b = best_pair(vals)
    if b and b[0] > 2:
        print("big", b)
    elif not b or b[1] < 0:
        print("none")
    else:
        print("small", b)
rows = None
for n in range(3):
    if n == 1:
        rows = [n]
    print(n, bool(rows and len(rows) > 0), "yes" if rows or n == 2 else "no")
