# collections.deque: deque(), deque(xs) of a list, a str or a range, append/appendleft,
# pop/popleft, extend, insert, count, index, remove, reverse, copy, clear, q[i] (read, store,
# +=, del, negative), len, truth, in, ==, loops, unpacking, list()/sorted()/sum() of it, its
# text (print, str, repr, f-strings, a dataclass field), and CPython's deque error texts.
from collections import deque
from dataclasses import dataclass


@dataclass
class Window:
    size: int
    items: deque


d = deque()
d.append(3)
d.appendleft(1)
d.extend([5, 6])
print(d, len(d), 3 in d, 4 not in d, d[0], d[-1], d[1])
for x in d:
    print(x, end=" ")
print()
print(list(d), sorted(d, reverse=True), sum(d), max(d), str(d), repr(d), f"{d} {d!r}")
d[0] = 10
d[-1] += 1
print(d, d.count(3), d.index(5))
d.remove(5)
del d[0]
print(d, d.pop(), d.popleft(), d)
e = deque("abc")
print(e, e.pop(), "".join(e), e.count("a"))
f = deque(range(5))
a, *rest = f
print(a, rest, f == deque([0, 1, 2, 3, 4]), f != deque())
f.reverse()
print(f, f.copy(), bool(f), not f)
f.clear()
print(f, bool(f), len(f))
f.insert(0, 9)
f.insert(-1, 8)
print(f, Window(2, deque([1, 2])))
g = deque([(1, "a"), (2, "b")])
g.remove((1, "a"))
print(g, g[0][1])
for attempt in range(6):
    try:
        if attempt == 0:
            f.clear()
            f.popleft()
        elif attempt == 1:
            f.pop()
        elif attempt == 2:
            print(e[5])
        elif attempt == 3:
            e[-4] = "z"
        elif attempt == 4:
            e.remove("q")
        else:
            g.remove((3, "c"))
    except IndexError as err:
        print("IndexError:", err)
    except ValueError as err:
        print("ValueError:", err)
print(e, g)
e.popleft()
e.popleft()
e.popleft()
