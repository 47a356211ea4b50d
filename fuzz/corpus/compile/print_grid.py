# A multiplication table and a triangle of stars built with end="" and sep="".
for i in range(1, 8):
    for j in range(1, 8):
        p = i * j
        if p < 10:
            print(" ", end="")
        print(p, end=" ")
    print()
for r in range(1, 6):
    for s in range(5 - r):
        print(" ", end="")
    for s in range(2 * r - 1):
        print("*", end="")
    print()
print("[", 1, "]", sep="")
