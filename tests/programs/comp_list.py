# [expr for ... if ...]: filters, several for clauses, tuple targets, nesting, the element
# type from expr, variables that do not leak, and CPython's order of evaluation.
from array import array

xs = [3, 1, 4, 1, 5, 9, 2, 6]

def shapes():  # a comprehension's variables are locals here (globals in the module body)
    print([x * x for x in xs])
    print([x for x in xs if x % 2 == 1 if x > 1])
    print([x > 3 for x in xs])
    print([a * 10 + b for a in range(1, 4) for b in range(a) if a != b])
    print([[i * j for j in range(i)] for i in range(4)])
    print([i * x for i, x in enumerate(xs) if i % 3 == 0])
    print([a - b for a, b in zip(xs, reversed(xs))])
    print([v for v in array('b', [-3, 4]) for w in range(2)])
    print([y for y in [x for x in range(6) if x % 2 == 0] if y])
    m = [[1, 2], [3, 4]]
    print([row[1] for row in m], [v for row in m for v in row])
    e = [v for v in xs if v > 100]
    e.append(5)
    print(e, len([0 for v in xs]))

shapes()

x = 42
same = [x for x in range(3)]
print(x, same)  # the comprehension's x is its own

def scaled(ws, k):
    w = -1
    out = [w * k for w in ws]
    return w, out

w, out = scaled([1, 2, 3], 5)
print(w, out)

calls = 0
def f(v):
    global calls
    calls += 1
    print("f", v, calls)
    return v

print(calls, [f(v) for v in [7, 8]], calls)  # calls is read before the comprehension runs
print(f(1) + 1, [f(v) + calls for v in [2]], f(3))

grow = [1, 2]
def add(g):
    grow.append(g + 2)
    return g * 10

out = [add(g) for g in grow if g < 5]  # the list grows under the comprehension
print(grow, out)

def table(n):
    return [[r * c for c in range(n)] for r in range(n)]

print(table(3))
if [v for v in xs if v > 8]:
    print("some v > 8")
for s in [v * 2 for v in xs if v < 3]:
    print(s, end=" ")
print()
