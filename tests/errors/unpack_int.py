# error: 4:1: error: kilopy cannot unpack an int into 2 names: only tuples, lists and arrays unpack
# an int does not unpack.
n = 5
a, b = n
