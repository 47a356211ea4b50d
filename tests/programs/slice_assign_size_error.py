# An extended slice assignment of the wrong size: CPython's ValueError names both sizes, and a
# handler binding it reads that text; the list is left as it was.
def assign(xs, start, step, values):
    try:
        xs[start::step] = values
        return "ok"
    except ValueError as e:
        return str(e)


w = [1, 2, 3, 4, 5]
print(assign(w, 0, 2, [0, 0]), w)
print(assign(w, 0, 2, [7, 8, 9]), w)
print(assign(w, 4, -1, []), w)
print(assign(w, 1, 3, [6, 6, 6]), w)
big = list(range(120))
print(assign(big, 0, 1, [1, 2]) if False else assign(big, 5, 2, [0] * 3), len(big))
try:
    w[::-2] = w
except ValueError as e:
    print("reverse:", e)
