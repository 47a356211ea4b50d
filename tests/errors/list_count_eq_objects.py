# error: 11:7: error: count() of a list of A objects is not supported in kilopy (their class defines __eq__, which CPython would call for each element): loop over the list and compare with ==
# list.count() of objects whose class defines __eq__ (CPython calls it for each element).
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


print([A(1), A(2)].count(A(1)))
