# error: 12:7: error: index() of a list of A objects is not supported in kilopy (their class defines __eq__, which CPython would call for each element, and no __repr__, which its ValueError would show): loop over it and compare with ==
# list.index() of objects whose class defines __eq__ (CPython calls it for each element; its
# ValueError shows the object's repr).
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


print([A(1), A(2)].index(A(1)))
