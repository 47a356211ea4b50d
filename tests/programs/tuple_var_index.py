# IndexError: tuple index out of range, of a tuple built by tuple().
t = tuple(x for x in range(3))
print(t[2], t[-3])
print(t[3])
