# IndexError: pop index out of range.
w = [1, 2]
print(w.pop(-2))
w.pop(1)
