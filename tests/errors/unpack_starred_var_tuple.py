# error: 5:8: error: kilopy unpacks a starred target (*rest) from a list or a tuple of a length known at compile time, not from a tuple[int, ...]: unpack list(...) of it
# a starred target unpacking a tuple built by tuple(): *rest is a list in CPython (a slice of
# the tuple was a tuple here before).
t = tuple([3, 1, 2])
first, *rest = t
print(first, rest)
