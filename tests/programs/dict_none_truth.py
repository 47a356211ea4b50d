# A dict or None in tests (while d:, not d, a conditional expression) and compared with == where narrowed.
def load(n):
    if n:
        return {i: i * i for i in range(n)}
    return None


def key(k):
    return k + 1


other = {0: 0, 1: 1}
d = load(2)
if d is not None and d == other:
    print("equal", d[key(0)])
e = load(3)
while e:
    k = len(e) - 1
    print(k, e[k])
    del e[k]
print(e, e is None)
g = load(0)
print("g" if g else "no g", not g)
