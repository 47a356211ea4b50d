# The loop variable keeps its last value after the loop, after break, and is unchanged by an empty range.
i = 100
for i in range(5):
    pass
print(i)
for i in range(10, 0, -3):
    pass
print(i)
for i in range(20):
    if i * i > 50:
        break
print(i)
i = 77
for i in range(0):
    pass
print(i)
j = -1
for j in range(3, 8, 2):
    j = j * 10
print(j)
