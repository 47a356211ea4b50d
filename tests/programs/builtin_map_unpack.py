# `a, b, c = map(f, xs)`: f runs on the items unpacking takes, in order, and a wrong count is
# CPython's ValueError (f ran on one item more than the targets first).
line = "3 4 5"
a, b, c = map(int, line.split())
print(a + b + c)
x, y = map(len, ["ab", "cde"])
print(x, y)
seen = []


def note(s):
    seen.append(s)
    return len(s)


try:
    p, q = map(note, ["a", "bb", "ccc", "dddd"])
except ValueError as e:
    print("ValueError:", e, seen)
try:
    p, q, r = map(int, "7 8".split())
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = map(int, "1 x 3".split())
except ValueError as e:
    print("ValueError:", e)
h, m = map(int, "12:30".split(":"))
print(h * 60 + m)
