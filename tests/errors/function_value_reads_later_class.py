# error: 7:14: error: make is taken as a value here, and kilopy cannot tell where it is called: it reads Later, whose class statement (line 12) has not run yet here (CPython's NameError if it is called before): move that statement above
# A function kept as a value before the class it makes exists: it may be called from there on.
def make():
    return Later()


factories = [make]
obj = factories[0]()
print("made")


class Later:
    pass
