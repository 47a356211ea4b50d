# error: 4:9: error: comparing dicts whose values are tuple[int, int] is not supported in kilopy (dicts of ints or bools compare): compare them key by key
# == of dicts compares their values as ints: tuples would compare by identity.
d = {1: (2, 3)}
print(d == {1: (2, 3)})
