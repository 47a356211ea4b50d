# kilopy: overflow16
# Recursive and iterative factorials up to 12! = 479001600 (exceeds 16 bits, fits 32 bits).
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

f = 1
for n in range(1, 13):
    f *= n
    print(n, fact(n), f == fact(n))
