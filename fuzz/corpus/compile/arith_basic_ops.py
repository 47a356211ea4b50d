# Basic integer arithmetic: + - * // % ** and unary operators on small values.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b, a ** 2)
print(b - a, -a, +a, -(-a), +(-b))
print(a + b * 2, (a + b) * 2, a - b - 3, a - (b - 3))
print(0 + 0, 0 * 12345, 1 * -1, -1 * -1)
c = a * b - a // b + a % b
print(c)
print(100 - 1, 7 * 7 * 7, 1000 // 7, 1000 % 7)
