# Integer square root by Newton's method, verified by r*r <= n < (r+1)*(r+1).
def isqrt(n):
    if n < 2:
        return n
    x = n // 2 + 1
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

bad = 0
for n in range(0, 1000):
    r = isqrt(n)
    if not (r * r <= n < (r + 1) * (r + 1)):
        bad += 1
print("bad", bad)
for n in range(0, 30000, 2345):
    print(n, isqrt(n))
print(isqrt(32767), isqrt(16384), isqrt(16383))
