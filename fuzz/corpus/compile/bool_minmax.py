# min/max over bools return a bool; over ints return an int; with many args and ties.
print(min(True, False), max(True, False))
print(min(True, True, True), max(False, False))
print(min(3, 1, 2), max(3, 1, 2), min(-5, 5), max(-5, 5))
print(min(4, 4), max(-1, -1, -1, -1), min(7, 3, 9, 3, 8), max(0, -2, 0))
a = 5 > 3
b = 2 > 9
print(min(a, b), max(a, b), min(a, a), max(b, b))
x = 10
y = -20
print(min(x, y, 0), max(x, y, 0), max(x * 2, y * -1, 15), min(abs(y), x))
