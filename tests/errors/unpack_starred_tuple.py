# error: 5:4: error: *rest would be a list of int and str elements (kilopy lists hold one type): index the tuple instead
# a starred target unpacking a tuple whose elements it would take differ in type: CPython's list
# would hold both.
t = (1, 2, "three")
a, *rest = t
print(a, rest)
