# error: 4:12: error: dict(xs) takes pairs in kilopy (tuples of two, as zip(keys, values) gives), not elements of type list[int]: start from {} and store each key
# dict() of a list of lists: kilopy takes tuples of two.
xs = [[1, 2], [3, 4]]
print(dict(xs))
