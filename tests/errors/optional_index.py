# error: 7:14: error: 'i' is an int or None, which kilopy does not take here: it takes one in arithmetic, comparisons, tests, is None, ==, print(), str(), f-strings and int(), and keeps one in a name, field, parameter or result; write int(i) where it cannot be None
# an int or None as list.pop()'s index (kilopy takes one only where it knows CPython's TypeError).
xs = [10, 20, 30]
i = None
if len(xs) > 1:
    i = 1
print(xs.pop(i))
