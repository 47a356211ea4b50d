# error: 4:9: error: IndexError: tuple index out of range (a tuple[int, int] has 2 elements)
# a constant index past a tuple's end is CPython's IndexError, found at compile time.
t = (1, 2)
print(t[2])
