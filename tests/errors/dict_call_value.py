# error: 3:5: error: dict(...) of a value is not supported in kilopy: start from {} and store each key
# dict() of an iterable of pairs is not supported.
d = dict([(1, 2)])
