# error: 4:1: error: del statements are not supported
# del is refused.
x = 1
del x
