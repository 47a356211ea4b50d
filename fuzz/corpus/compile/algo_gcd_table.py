# A gcd table and Euler's totient computed by counting coprime numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def phi(n):
    c = 0
    for k in range(1, n + 1):
        if gcd(k, n) == 1:
            c += 1
    return c

for a in range(1, 9):
    for b in range(1, 9):
        print(gcd(a, b), end="")
    print()
for n in range(1, 25):
    print(phi(n), end=" ")
print()
