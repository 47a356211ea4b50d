# ValueError: not enough values to unpack, found at run time; then the IndexError of a tuple.
t = tuple([7])
(x,) = t
print(x)
try:
    a, b, c = t
except ValueError:
    print("caught")
a, b, c = t
