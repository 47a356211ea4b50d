# error: 8:7: error: index() of a list of objects is not supported in kilopy (its ValueError would show the object's address): loop over it with enumerate() and compare with ==
# CPython's ValueError for a missing object shows its address, which kilopy cannot print.
class P:
    pass


xs = [P()]
print(xs.index(xs[0]))
