# print(*gen): a generator expression unpacked into print() is taken whole, in its place among
# the arguments, as CPython does.

words = ["ab", "cde", "f"]
print(*(len(w) for w in words))
print("n:", *(w.upper() for w in words if len(w) > 1), sep=", ")
def g(x):
    print("g", x)
    return x
print(g(1), *(g(v) for v in range(2, 4)), g(9))


# An only argument unpacked is iterated after sep= and end= are evaluated (a generator is made, reading its
# first iterable, before them); among other arguments it is taken in its place, before them.
ys = [1]
def kk():
    ys.append(len(ys) + 1)
    return "\n"
def ss():
    ys.append(len(ys) + 1)
    return ","
print(*ys, end=kk())
print(0, *ys, end=kk())
print(*ys, sep=kk())
print(*ys, *[9], end=kk())
print(*(x for x in ys), end=kk())
print(*(x for x in ys if x % 2), sep=ss(), end=kk())
print(*[x for x in ys], end=kk())
print(*(x * y for x in range(len(ys) - 5) for y in ys), sep=ss())
print(*(c for c in "abc"), sep=ss())


# *map(f, xs), *reversed(xs), *enumerate(xs), *zip(...), *d.keys()/values()/items() and *g(...) of a generator:
# each a generator expression over it, taken whole in its place.
zs = [3, 1, 2]
dd = {"a": 1, "b": 2}
def letters(n):
    for i in range(n):
        yield chr(97 + i)
print(*map(str, zs))
print(*reversed(zs), sep=",")
print(*enumerate(zs))
print(*dd.values(), *dd.keys(), *dd.items())
print("gen:", *letters(3))
print(*zip(zs, "abc"), sep=" | ")
print(*map(lambda v: v * v, zs), end="!\n")
