# Loops with negative steps: large negative ranges, step -1 to zero and below, and accumulated sums.
s = 0
for i in range(100, -100, -7):
    s += i
print(s, i)
for i in range(5, -1, -1):
    print(i, end=" ")
print()
for i in range(-1, -11, -2):
    print(i, end=" ")
print()
t = 0
for i in range(0, -30000, -1000):
    t -= 1
print(t, i)
for i in range(3, 0, -5):
    print("once", i)
