# error: 4:1: error: augmented assignment (+=) to a tuple is not supported in kilopy: write t = t + u
# t += u rebinds t in CPython; kilopy asks for the assignment written out.
t = tuple([1, 2])
t += (3,)
