# ValueError: too many values to unpack, found when the tuple's length is known (run time).
t = tuple(range(3))
a, b, c = t
print(a, b, c)
a, b = t
print(a, b)
