# Recursive factorial within 16 bits (up to 7! = 5040).
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

for n in range(0, 8):
    print(n, fact(n))
print(fact(7) // fact(5), fact(6) % 1000)
