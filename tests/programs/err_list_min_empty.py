# ValueError: min() arg is an empty sequence.
w = [4]
print(min(w), max(w))
w.pop()
print(max(w))
