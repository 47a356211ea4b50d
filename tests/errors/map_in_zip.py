# error: 4:22: error: kilopy has map() only as the iterable of a for loop and as the argument of list, tuple, set, sum, min, max, any, all, sorted and sep.join: write a list comprehension here ([f(x) for x in xs])
# map() where kilopy does not lower it (an argument of zip) is refused with the comprehension to write.
cols = ["a", "b"]
row = dict(zip(cols, map(int, "1,2".split(","))))
print(row)
