# min/max of a generator expression with default=, sorted of one with reverse=.
def spread(xs, floor):
    lo = min((x for x in xs if x > floor), default=floor)
    hi = max((x * 2 for x in xs), default=-1)
    return lo, hi


data = [5, -3, 12, 0, 7]
none = []
limit = -100
a, b = spread(data, 0)
c, d = spread(none, 4)
print(a, b, c, d)
print(min((x for x in none), default=0), max((abs(x) for x in data if x < limit), default=limit))
print(max((x for x in data), default=99), min((x - 1 for x in data), default=-7))
print(sorted((x % 4 for x in data), reverse=True), sorted((x for x in data if x), reverse=False))
print(sorted((-x for x in none), reverse=True), min((x for x in data if x > 100), default=-1) < 0)
for k in range(3):
    print(k, max((x + k for x in data if x > k * 4), default=k))
print(max((x for x in data), default=0) * max((x for x in data), default=0))
