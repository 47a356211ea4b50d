# Exponentiation edge cases: 0 and 1 exponents, 0 ** 0, negative bases, right associativity.
print(0 ** 0, 0 ** 1, 0 ** 5)
print(1 ** 0, 1 ** 100, 5 ** 0, 5 ** 1)
print((-1) ** 0, (-1) ** 1, (-1) ** 2, (-1) ** 101)
print((-2) ** 3, (-2) ** 4, (-3) ** 5)
print(2 ** 10, 2 ** 14, 3 ** 9, 7 ** 5)
print(2 ** 3 ** 2 // 64, 2 ** 2 ** 2)
e = 0
while e <= 14:
    print(2 ** e, end=" ")
    e += 1
print()
n = 3
x = n ** n
print(x, x ** 1, -x ** 2 // 9)
