# An int or None in a multiple assignment (best, best_d = j, d; a, b = b, a), and divmod()'s
# TypeError naming divmod() when an operand is None.
best, best_d = 0, None
for j, d in [(1, 5), (2, 3), (3, 4)]:
    if best_d is None or d < best_d:
        best, best_d = j, d
print(best, best_d)
a = None
b = 3
a, b = b, a
print(a, b)
q = None
if len("xy") > 1:
    q = 7
print(divmod(q, 2))
q = None
try:
    print(divmod(q, 2))
except TypeError:
    print("TypeError")
print(divmod(5, q))
