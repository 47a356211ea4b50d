# Reassigning the loop variable inside the body does not change the iteration sequence.
for i in range(5):
    print(i, end=" ")
    i = i * 100
    print(i, end=" | ")
print()
for k in range(10, 0, -2):
    k += 1
    print(k, end=" ")
print()
total = 0
for n in range(4):
    n = 0
    total += 1
print(total, n)
