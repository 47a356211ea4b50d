# print() with no arguments prints an empty line; blank lines between outputs.
print()
print(1)
print()
print()
print(2)
for i in range(3):
    print()
print("end")
