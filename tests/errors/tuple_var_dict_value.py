# error: 4:8: error: kilopy dict values are ints, bools, strs, lists, arrays, objects or dicts, not a tuple[int, ...]
# a dict's values print as ints or lists, not tuples.
d = {}
d[1] = tuple([1, 2])
