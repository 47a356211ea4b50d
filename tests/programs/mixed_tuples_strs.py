# zip(*rows), tuple() keys, *rest of list(t), str methods and str() of containers together.
rows = [[1, 2, 3], [4, 5, 6]]
cols = list(zip(*rows))
print(cols, [sum(c) for c in cols])
for a, b in zip(*rows):
    print(a + b, end=" ")
print()
t = tuple(sorted([3, 1, 2]))
key = tuple(x % 2 for x in [1, 2, 3])
seen = {t: "a", key: "b"}
print(seen, t in seen, tuple([1, 2, 3]) in seen, t == (1, 2, 3), t < (1, 2, 4), t + (9,), len(t + t))
first, *rest = list(t)
print(first, rest, t[::-1], t[1:], t.index(2), t.count(5))
name = "  Hello World  "
print(name.strip().title(), name.center(20, "*"), name.strip().ljust(12, ".") + "|", "42".zfill(5), "-7".zfill(4))
print("a,b;c".partition(";"), "x=1=2".rpartition("="), "hello".rfind("l"), "Hello".swapcase())
print("line1\nline2\r\nline3".splitlines(), "a b  c".rsplit(), "key=val".split("=")[1].upper())
s = str([1, 2]) + str((3,)) + repr("q") + str({1: "a"})
print(s, len(s))
