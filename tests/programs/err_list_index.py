# IndexError: list index out of range (reading past the end).
w = [1, 2, 3]
print(w[2], w[-3])
print(w[3])
