# A loop over a deque (for, enumerate, reversed, zip, a generator expression) raises CPython's
# RuntimeError "deque mutated during iteration" at its next step after the deque's length changed;
# a store, reverse() and a break right after the change do not raise.
from collections import deque


def attempt(kind):
    q = deque([1, 2, 3])
    try:
        if kind == 0:
            for i, x in enumerate(q):
                if x == 2:
                    q.append(9)
        elif kind == 1:
            for x in reversed(q):
                if x == 2:
                    q.popleft()
        elif kind == 2:
            for a, b in zip(q, [5, 6, 7]):
                if a == 3:
                    q.pop()
        elif kind == 3:
            print(sum(x for x in q if q.pop()))
        elif kind == 4:
            for x in q:
                q[0] = x
                q.reverse()
        elif kind == 5:
            for x in q:
                if x == 1:
                    q.clear()
                    break
    except RuntimeError as e:
        print(kind, "RuntimeError:", e)
    print(kind, q)


for k in range(6):
    attempt(k)
