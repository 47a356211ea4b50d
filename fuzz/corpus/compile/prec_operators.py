# Operator precedence: -2**2, 2**3**2, unary vs **, bitwise & ^ |, shifts vs +, comparisons vs not.
print(-2 ** 2, (-2) ** 2, 2 ** -(-2), -2 ** 2 ** 1)
print(2 ** 3 ** 2 % 1000, (2 ** 3) ** 2, 2 ** 3 * 2, 2 * 3 ** 2)
print(~2 ** 2, -~2, ~-2 * 3)
a = 6
b = 3
c = 5
d = 12
print(a | b ^ c & d, (a | b) ^ (c & d), a | (b ^ (c & d)), ((a | b) ^ c) & d)
print(a & b | c, a ^ b | c, a | b & c, a ^ b & c)
print(1 << 2 + 3, (1 << 2) + 3, 64 >> 1 + 1, 1 + 2 << 3, 100 - 2 >> 2)
print(a + b * c - d // b % c, a * b % c * d, -a // b * c, -a % b ** 2)
print(not a == b, not a > b, a < b == False, a & 1 == 0, (a & 1) == 0)
print(a < b or c < d and a > 0, (a < b or c < d) and a > 0)
print(a - b - c, a - (b - c), a // b // 2, d // (b // 2), d % c % 3)
print(-a ** 2, (-a) ** 2, -a * -b, - - a, a - -b, a--b)
x = 2 + 3 if a > b else 4 + 5
print(x)
