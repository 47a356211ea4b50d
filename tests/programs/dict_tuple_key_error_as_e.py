# A missing tuple key's KeyError (d[k], d.pop(k), del d[k], a set's remove) under a handler whose
# `as e` reads it: e is the key's repr, as CPython's; uncaught, the traceback shows it.
Q = {("s0", 1): 5}
key = ("s9", 2)
try:
    Q[key] += 1
except KeyError as e:
    print("aug", e)
try:
    Q.pop(key)
except KeyError as e:
    print("pop", e)
try:
    del Q[key]
except KeyError as e:
    print("del", e)
m = {(1, 2): [1]}
try:
    m[(2, 1)].append(3)
except KeyError as e:
    print("nested", e)
seen = {(1, 2), (3, 4)}
try:
    seen.remove((1, 2))
    seen.remove((1, 2))
except KeyError as e:
    print("set", e)
print(Q.pop(("s0", 1)), Q)
Q = {("s0", 1): 5, ("s1", 2): 7}
grid = {(0, 0): 1, (0, 1): 2}
for key in [("s0", 1), ("x", 1)]:
    try:
        print(Q[key])
    except KeyError as e:
        print("missing", e)
try:
    print(grid[(1, 1)])
except LookupError as e:
    print("lookup", e, repr(str(e)))
def fetch(r, c):
    return grid[r, c]
try:
    fetch(0, 0)
    fetch(2, -3)
except Exception as e:
    print("exc", e)
print(grid[(5, 5)])
