# Comparisons mixed with arithmetic and bitwise operators, and chains over expressions.
a = 3
b = 4
c = 5
print(a * a + b * b == c * c, a + b > c > b - a, a < b < c < a + b + c)
print(1 + 2 == 3 < 4 * 2, a & 1 == 1, (a & 1) == 1, a | b == 7)
print(a - b < 0 <= c - b, -a < -b, a ** 2 > b * 2 >= 8 == 2 ** 3)
x = a < b
y = b < a
print(x == y, x != y, x > y, (a < b) == (b < c))
