# import math: kilopy's stdlib_micro/math.py against CPython's own math module.
import math
from math import comb, gcd, isqrt


def mean_sd(xs):
    n = len(xs)
    mean = sum(xs) // n
    return mean, isqrt(sum((x - mean) ** 2 for x in xs) // n)


print(mean_sd([12, 15, 9, 30, 11]), [isqrt(n) for n in (0, 1, 8, 9, 10, 32767)])
print(gcd(12, -18), gcd(0, 0), gcd(-5), math.lcm(4, 6), math.lcm(0, 3), math.lcm())
print([math.factorial(n) for n in range(8)], [comb(6, k) for k in range(8)])
print(math.perm(7, 2), math.perm(5), math.perm(2, 3), math.prod([2, 3, -4]), math.prod([], start=5))
steps = 360
step = gcd(steps, 84)
print(f"{steps // step} cycles of {step}")
for bad in (-1, -7):
    try:
        isqrt(bad)
    except ValueError as e:
        print("isqrt:", e)
    try:
        print(comb(4, bad))
    except ValueError as e:
        print("comb:", e)
    try:
        math.factorial(bad)
    except ValueError as e:
        print("factorial:", e)
print(math.factorial(-3))
