# error: 3:5: error: kilopy has no empty tuple: use None, or a tuple of values
# the empty tuple is not supported.
t = ()
print(t)
