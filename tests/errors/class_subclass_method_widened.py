# error: 18:7: error: 'A' object has no attribute 'f': this value holds A objects or a subclass's, and kilopy uses through it only the fields and methods of class A (isinstance(x, C) narrows only a name x, where x is not bound again): define f in A, test a name with isinstance(), or keep the objects that have f in a name or a list of their own
# A method only a subclass defines, called through a value later widened to the base class (a list
# that also holds another subclass's objects): refused, not a crash.
class A:
    pass


class B(A):
    def f(self):
        return 1


class C(A):
    pass


bs = [B()]
print(bs[0].f())
bs.append(C())
print(len(bs))
