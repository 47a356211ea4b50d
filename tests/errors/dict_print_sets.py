# error: 5:7: error: printing a dict of set[int] values is not supported in kilopy: print its items one by one
# printing a dict of sets is refused (CPython shows each set in its hash order).
d = {}
d[1] = {2, 3}
print(d)
