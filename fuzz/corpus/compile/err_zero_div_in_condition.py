# Short-circuit protects a division by zero until the guard fails; then ZeroDivisionError ends the program.
def ratio(a, b):
    if b != 0 and a // b > 2:
        return 1
    return 0

print(ratio(10, 3), ratio(10, 0), ratio(10, 5))
d = 2
while d > -2:
    print(d, 12 // d if d else -1)
    d -= 1
print(d)
print(12 % (d + 2))
