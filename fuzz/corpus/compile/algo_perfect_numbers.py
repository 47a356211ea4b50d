# Divisor sums: perfect numbers below 10000 and amicable pairs below 1500.
def sigma(n):
    if n == 1:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s

for n in range(2, 10000):
    if sigma(n) == n:
        print("perfect", n)
for a in range(2, 1500):
    b = sigma(a)
    if b > a and sigma(b) == a:
        print("amicable", a, b)
