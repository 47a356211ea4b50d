# tuple.index() and array.index() of a missing value raise ValueError with CPython's text, which
# a handler's `as e` reads; uncaught, the traceback shows it.
from array import array
t = (3, 5, 7)
names = ["a", "b"]
flags = (True, False, True)
a = array("h", [4, 8, 15])
for x in (5, 4):
    try:
        print(t.index(x))
    except ValueError as e:
        print("tuple:", e)
for x in ("b", "c"):
    try:
        print(names.index(x))
    except ValueError as e:
        print("names:", e)
print(flags.index(False))
for x in (15, 16):
    try:
        print(a.index(x))
    except ValueError as e:
        print("array:", e)
print(t.index(9))
