# Recursive binomial coefficients (Pascal's rule) printed as a triangle.
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

for n in range(0, 11):
    for k in range(0, n + 1):
        print(binom(n, k), end=" ")
    print()
