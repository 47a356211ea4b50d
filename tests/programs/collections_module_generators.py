# collections.Counter(gen), collections.deque(gen) and deque(zip(...)) after `import collections`:
# the generator is consumed whole, as the bare builtins take it.
import collections
c = collections.Counter(w for w in "a b a c".split())
print(c.most_common(1))
d = collections.Counter(x % 3 for x in range(10))
print(d)
q = collections.deque([x * 2 for x in range(4)])
print(q)
e = collections.Counter(zip("ab", "cd"))
print(e)
from collections import deque
r = deque(x + 1 for x in range(3))
r.append(9)
print(r, collections.deque(zip("ab", "xy")), deque(enumerate("pq")))
def f():
    global calls
    calls = calls + 1
    return 2
calls = 0
w = collections.Counter(x * f() for x in range(3))
print(w, calls)
