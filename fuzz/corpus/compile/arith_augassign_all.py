# Augmented assignment for every operator: += -= *= //= %= **= <<= >>= &= |= ^=.
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
x &= 13
print(x)
x |= 48
print(x)
x ^= 255
print(x)
y = -9
y //= 2
print(y)
y %= 4
print(y)
y = -9
y %= -4
print(y)
y >>= 1
print(y)
