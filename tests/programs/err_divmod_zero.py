# divmod(a, 0): ZeroDivisionError, with CPython's message for divmod.
d = 3
q, r = divmod(10, d)
print(q, r)
q, r = divmod(10, d - 3)
print(q, r)
