# Augmented %= by a zero variable raises ZeroDivisionError.
x = 100
z = 0
x %= 7
print(x)
x %= z
print("unreachable")
