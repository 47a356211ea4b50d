# IndexError: list assignment index out of range.
w = [1, 2, 3]
w[-1] = 4
print(w)
w[-4] = 0
