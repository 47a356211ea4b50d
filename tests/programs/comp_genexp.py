# sum/min/max/any/all of a generator expression: accumulators, any/all stop at the first
# deciding element (side effects show it), nested for clauses, tuple targets.
from array import array

xs = [3, 1, 4, 1, 5, 9, 2, 6]

def reductions():  # the accumulators and variables are locals here
    print(sum(x for x in xs), sum(x * x for x in xs if x > 2), sum(x > 3 for x in xs))
    print(min(x for x in xs), max(x - 10 for x in xs if x % 2 == 0))
    print(min(a * b for a, b in zip(xs, reversed(xs))), max(i for i, x in enumerate(xs) if x == 1))
    print(sum(a * b for a in range(4) for b in range(a)))
    print(any(x > 8 for x in xs), any(x > 9 for x in xs), all(x > 0 for x in xs), all(x > 1 for x in xs))
    print(any(v for v in array('b', [0, 0])), all(v for v in array('h', [])))
    print(any(a * b == 12 for a in range(5) for b in range(5)))
    print(sum(x for x in range(0)), any(x for x in range(0)), all(x for x in range(0)))

reductions()

seen = 0
def look(v):
    global seen
    seen += 1
    print("look", v)
    return v

print(any(look(x) > 3 for x in xs), seen)  # stops at 4
print(all(look(x) < 4 for x in xs), seen)  # stops at 4 again
print(any(look(a) == look(b) for a in range(3) for b in range(2)), seen)
print(max(look(x) for x in [2, 7]), seen)

def count_pairs(ws, target):
    return sum(1 for i in range(len(ws)) for j in range(i) if ws[i] + ws[j] == target)

print(count_pairs(xs, 10), count_pairs([5, 5, 5], 10))

def total(ws):
    x = 100
    return sum(x for x in ws) + x

print(total([1, 2]))
flags = [x > 2 for x in xs]
print(all(flags[i] for i in range(2, 5)), sum(f for f in flags))
if all(x < 100 for x in xs) and any(look(x) == 9 for x in xs):  # any runs only if all is true
    print("both")
print(any(x > 100 for x in xs) and any(look(x) for x in xs), seen)
print(max(x for x in xs) if xs else 0, min(x for x in xs) if not xs else -1)
w = [10, 20, 30]
w[look(1)] += sum(look(v) for v in [3, 4])  # w, the index and w[1] are read first, as CPython
seen -= max(x for x in w)
print(w, seen)
print(max((v * 7) % 1000 for v in range(1500)), min(v - 700 for v in range(1500) if v % 7 == 3))  # no list
