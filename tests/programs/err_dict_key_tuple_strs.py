# KeyError: ('spam', 3, 'eggs'), as CPython shows a missing tuple key holding strs.
d = {("spam", 3, "ham"): 1}
d[("egg" + "s", -1, "x")] = 2
print(d, d[("spam", 3, "ham")])
print(d[("spam", 3, "eggs")])
