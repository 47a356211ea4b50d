# kilopy: overflow16
# Integer square root by Newton's method on values up to 2**31 - 1.
def isqrt(n):
    if n < 2:
        return n
    x = n // 2 + 1
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(isqrt(1000))
print(isqrt(1000000))
print(isqrt(123456789))
print(isqrt(2147483647))
print(isqrt(2147483647) ** 2 <= 2147483647)
