# Nested loops: break and continue affect only the innermost loop; else clauses on inner and outer loops.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j, end="; ")
    print("| row", i)
for i in range(3):
    for j in range(3):
        if i == j == 1:
            print("inner break", i, j)
            break
    else:
        print("inner else", i)
        continue
    print("after inner break", i)
else:
    print("outer else")
found = False
a = 0
while a < 10 and not found:
    b = 0
    while b < 10:
        if a * b == 42:
            found = True
            break
        b += 1
    else:
        a += 1
print(a, b, found)
