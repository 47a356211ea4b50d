# range with one, two and three arguments, negative steps, overshooting steps and empty ranges.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 7):
    print(i, end=" ")
print()
for i in range(0, 10, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-3, 3):
    print(i, end=" ")
print()
for i in range(3, -4, -1):
    print(i, end=" ")
print()
for i in range(-10, -20, -4):
    print(i, end=" ")
print()
for i in range(1, 2, 100):
    print(i, end=" ")
print()
print("empty:")
for i in range(0):
    print("never")
for i in range(-5):
    print("never")
for i in range(5, 5):
    print("never")
for i in range(5, 1):
    print("never")
for i in range(1, 5, -1):
    print("never")
for i in range(0, 10, -2):
    print("never")
print("done")
