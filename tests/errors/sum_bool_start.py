# error: 4:15: error: sum() with a bool start gives that bool for an empty iterable and an int otherwise, and kilopy needs one type: write int(...) around the start
# sum() with a bool start: CPython's result is a bool or an int depending on the values.
xs = [1, 2]
print(sum(xs, True))
