# IndexError: pop from empty list.
w = [1]
print(w.pop())
w.pop()
