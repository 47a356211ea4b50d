# print with sep and end keyword arguments: empty, multi-character, newline, combined.
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ")
print(1, 2, 3, sep="\n")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" continued")
print(end="")
print("x", end="")
print("y", end="")
print()
print(sep="+")
print(7, sep="+")
print(True, None, -3, "mixed", sep="|", end=".\n")
for i in range(4):
    if i < 3:
        print(i, end=" ")
    else:
        print(i, end="\n")
print("tab", "sep", sep="\t")
