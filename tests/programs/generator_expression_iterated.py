# Generator expressions iterated by for loops (also through enumerate) and by comprehensions:
# each element is computed as the loop takes it, between passes of its body, as in CPython.

def gen(n):
    for i in range(n):
        yield i * 10

for a in (b + 1 for b in (c * 2 for c in range(4)) if b > 0):
    print("a", a)
for i, v in enumerate((g // 10 for g in gen(4)), 1):
    print(i, v)
start = -2
for i, v in enumerate((w for w in "abc"), start):
    print(i, v)
words = ["x=1", "y=2"]
pairs = [(k, int(v)) for k, v in (w.split("=") for w in words)]
print(pairs)
print(max(len(s) for s in (w.upper() for w in words)))
print(sorted({c for c in (w[0] for w in words)}))
for x in (v for v in [3, 0, 7]):
    if x == 0:
        break
    print(x)
else:
    print("no")
for t in (u.strip() for u in [" a ", "b "]):
    print(repr(t))
try:
    for q in (10 // z for z in [2, 1, 0, 5]):
        print(q)
except ZeroDivisionError as e:
    print("err", e)
lines = ["a=1", "b=22", "c=333"]
d = {k: int(v) for k, v in (l.split("=") for l in lines)}
print(d)
for key, v in (l.split("=") for l in lines if l[0] != "b"):
    print(key, v)
else:
    print("done")
x = 5
for y in (x * 2 for x in range(3)):
    print(x, y)
print([n for n in (m * m for m in range(6)) if n % 2])
total = 0
for p in (a + b for a in range(3) for b in range(2)):
    total += p
    if p == 2:
        continue
    print(p)
else:
    print("no break", total)
print(sum(q for q in (r + 1 for r in range(4))))
def first_big(xs, lim):
    for v in (x * 3 for x in xs if x > 0):
        if v > lim:
            return v
        print("small", v)
    return -1
print(first_big([1, -2, 4, 9], 10), first_big([1], 10))
k = 0
def f(v):
    global k
    k += 1
    print("f", v, k)
    return v + k
for w in (f(u) for u in range(3)):
    print("body", w)
    k += 10
for i, w in enumerate(u * u for u in range(4)):
    print(i, w)

# enumerate(gen, start) with a start computed without calls
s2 = "abc"
n2 = 4
for i, t in enumerate((c.upper() for c in s2), n2 + 1):
    print(i, t)
for i, t in enumerate((c for c in s2 if c != "b"), -n2 * 2):
    print(i, t)
