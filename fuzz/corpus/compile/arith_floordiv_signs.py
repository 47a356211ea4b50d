# Floor division and modulo in all four sign combinations (Python floor semantics).
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(6 // 3, -6 // 3, 6 // -3, -6 // -3)
print(6 % 3, -6 % 3, 6 % -3, -6 % -3)
print(1 // 10, -1 // 10, 1 // -10, -1 // -10)
print(1 % 10, -1 % 10, 1 % -10, -1 % -10)
print(0 // 5, 0 // -5, 0 % 5, 0 % -5)
a = -17
b = 5
print(a // b, a % b, (a // b) * b + a % b)
b = -5
print(a // b, a % b, (a // b) * b + a % b)
