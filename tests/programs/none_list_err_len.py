# A list or None used while it is None: len(), for, sum(), a method, each CPython's error.
def maybe(n):
    if n > 0:
        return [n] * n
    return None


xs = maybe(2)
print(len(xs), sum(xs), xs)
ys = maybe(0)
try:
    print(len(ys))
except TypeError as e:
    print("len:", e)
try:
    for y in ys:
        print(y)
except TypeError as e:
    print("for:", e)
try:
    print(sum(ys))
except TypeError as e:
    print("sum:", e)
try:
    ys.append(1)
except AttributeError as e:
    print("append:", e)
print("about to take len")
print(len(ys))
print("unreachable")
