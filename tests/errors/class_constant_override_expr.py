# error: 12:7: error: read a class constant that subclasses override through a name in kilopy (x = ...; x.N): its value depends on the object's class
# a class constant that subclasses override, read through an expression other than a name, is refused.
class A:
    N = 1


class B(A):
    N = 2


xs = [A(), B()]
print(xs[1].N)
