# error: 7:9: error: 'a' is an int or None, which kilopy does not take as an element of a list or a dict: it takes one in arithmetic, comparisons, tests, is None, ==, print(), str(), f-strings and int(), and keeps one in a name, field, parameter or result; write int(a) where it cannot be None
# An int or None stored into an element of a list of ints (it stored None as 0 before).
a = None
if len("x") > 5:
    a = 3
xs = [0]
xs[0] = a
print(xs)
