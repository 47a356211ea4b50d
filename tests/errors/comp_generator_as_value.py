# error: 4:11: error: generator expressions are supported only as the argument of sum, min, max, any, all, list, tuple, sorted, set, str.join and list.extend, or iterated by a for loop or a comprehension in kilopy: use a list comprehension
# a generator expression that is not the argument of sum/min/max/any/all/list/sorted.
xs = [1, 2, 3]
squares = (x * x for x in xs)
print(1)
