# error: 5:4: error: kilopy unpacks a starred target (*rest) from a list only, not from a tuple[int, int, int]: unpack list(...) of it
# a starred target unpacking a tuple: *rest would be a list of the tuple's elements, which kilopy
# builds from a list only.
t = (1, 2, 3)
a, *rest = t
print(a, rest)
