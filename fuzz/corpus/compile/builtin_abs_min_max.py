# abs, min and max: argument evaluation order (left to right, all evaluated), ties, negatives, nesting.
def v(x):
    print("v", x)
    return x

print(min(v(3), v(1), v(2)))
print(max(v(-3), v(-1), v(-2)))
print(abs(v(-4)))
print(abs(0), abs(-32767), abs(32767), abs(-1))
print(min(max(1, 5), max(2, 3)), max(min(7, 9), min(8, 10), 1))
a = -6
b = 4
print(max(a, b) - min(a, b), abs(a) + abs(b), abs(a - b), abs(min(a, b)))
print(max(a * a, b * b, a * b), min(a * b, -abs(a * b)))
lo = 0
hi = 10
for x in range(-3, 14, 4):
    print(x, max(lo, min(x, hi)))
