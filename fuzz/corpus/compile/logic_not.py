# not on ints and bools, double negation, and not binding looser than comparisons (not a == b).
print(not 0, not 1, not -1, not 100)
print(not True, not False, not not True, not not 0, not not 7)
a = 3
b = 3
print(not a == b, not a != b, (not a) == b, not a < b)
c = 0
print(not c, not c + 1, not c - c)
k = 0
for n in range(-3, 4):
    if not n:
        print("zero at", n)
    if not n % 2:
        k += 1
print(k)
