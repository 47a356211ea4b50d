# Prints a table of x // d and x % d for negative divisors d.
for d in range(-1, -5, -1):
    print("d =", d)
    for x in range(-5, 6):
        print(x // d, x % d, sep=",", end=" ")
    print()
