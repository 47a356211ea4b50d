# str(), repr() and f-strings of lists and arrays as new strs (outside print()), with CPython's
# quoting of the strs inside them and nested lists.
from array import array
xs = [1, -2, 3]
s = str(xs)
print(s, len(s), s[0], s[-1])
names = ["a", "it's", 'say "hi"', "tab\t"]
log = "names: " + str(names)
print(log, len(log))
print(repr(names) == str(names), repr([True, False]))
grid = [[1, 2], [], [3]]
lines = []
for row in grid:
    lines.append(str(row))
print(lines, "|".join(lines))
w = array('h', [1, -2, 300])
print("w: " + str(w), str(array('b', [])))
print(f"xs={xs!r} {grid}", "{}".format(xs), "%s|%r" % (xs, names[1:]))
deep = [[["a"]], [["b", "c"]]]
print(str(deep[1]))
