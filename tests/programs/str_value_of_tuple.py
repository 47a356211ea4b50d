# str() and f-strings of tuples and lists of tuples as new strs: (1,), nested tuples, strs,
# bools and None inside them, a long tuple.
t = (1, "x", True, None)
s = "t=" + str(t)
print(s, len(s))
one = (5,)
print(str(one), repr(()), f"{one}")
nested = ((1, 2), (3, (4,)), "e")
print(str(nested))
big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
print(str(big), len(str(big)))
pairs = [(1, "a"), (2, "b'")]
print("pairs: " + str(pairs))
e = []
e.append((1, False))
e.append((-3, True))
rows = []
for p in e:
    rows.append(f"{p}")
print(str(e), rows)
def point(x: int, y: int):
    return (x, y)
print("at " + str(point(3, -4)) + "!", "{}".format(point(0, 0)))
mix = ([1, 2], {"k": 1})
print(str(mix[0]) + str(mix[1]))
