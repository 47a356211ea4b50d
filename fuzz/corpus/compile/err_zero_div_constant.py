# A division by a literal zero is only an error when executed: 1 // 0 must not be rejected or folded at compile time.
def never():
    return 1 // 0

if 1 > 2:
    print(never())
print("before")
print(5 % 1, 0 // 1)
print(7 // 0)
print("unreachable")
