# Positional-only parameters (before a `/`), with defaults and keyword-only ones after a `*`;
# math's and heapq's functions take theirs by position, as CPython's do (prod's start by keyword).
import heapq
import math


def clamp(x, lo=0, hi=100, /, *, step=1):
    return max(lo, min(hi, x)) // step * step


def mix(a, b, /, c, d=4):
    return a * 1000 + b * 100 + c * 10 + d


print(clamp(150), clamp(-5, -3), clamp(42, 0, 50, step=5), clamp(7, 1, 6))
print(mix(1, 2, 3), mix(1, 2, c=5), mix(1, 2, d=0, c=9), mix(5, 6, 7, 8))
print(math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.perm(4))
print(math.prod([2, 3], start=5), math.prod([1, 2, 3, 4, 5]), math.isqrt(99), math.factorial(5))
h = []
for v in [5, 1, 4]:
    heapq.heappush(h, v)
print(heapq.heappop(h), heapq.heappushpop(h, 3), heapq.heapreplace(h, 0), h)
