# except ... as e around the list and array methods' errors: str(e) is CPython's text (index()
# in a list of ints, bools or strs, remove(), del), and a handler that never reads e catches
# every error of its class, those whose text kilopy cannot make too (a tuple key's KeyError).
from array import array


def attempt(kind):
    xs = [10, 20, 30]
    ws = ["a", "b"]
    bs = [True, True]
    a = array("h", [1, 2])
    try:
        if kind == 0:
            xs.index(99)
        elif kind == 1:
            xs.remove(99)
        elif kind == 2:
            del xs[10]
        elif kind == 3:
            ws.index("zz")
        elif kind == 4:
            bs.index(False)
        elif kind == 5:
            a.remove(7)
        elif kind == 6:
            del a[5]
        elif kind == 7:
            ws.remove("q")
        elif kind == 8:
            xs.index(-7)
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", str(e), len(str(e)))


def find(xs, v):
    try:
        return xs.index(v)
    except ValueError as e:
        return -1


def lookup(counts, key):
    try:
        return counts[key]
    except KeyError as missing:
        return 0


for k in range(9):
    attempt(k)
print(find([3, 4], 4), find([3, 4], 5))
cm = {(0, 1): 3, (1, 1): 5}
print(lookup(cm, (0, 1)), lookup(cm, (1, 0)))
t = (4, 5)
try:
    t.index(9)
except ValueError as e:
    print("not in the tuple")
