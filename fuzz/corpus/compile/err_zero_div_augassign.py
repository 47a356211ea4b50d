# Augmented //= by zero raises ZeroDivisionError; output before it is kept.
x = 100
for k in range(3, -1, -1):
    x //= k + 0
    print(x)
print("unreachable")
