# error: 5:11: error: kilopy extends a list by a list, not by a tuple: write xs.extend(list(t))
# list.extend() of a tuple variable (a tuple literal is taken).
t = (3, 4)
xs = [1, 2]
xs.extend(t)
print(xs)
