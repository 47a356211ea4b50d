# error: 3:9: error: base class 'A' is not a class defined above 'B' in kilopy: define the base class first
# a base class defined after its subclass (a NameError in CPython) is refused.
class B(A):
    pass


class A:
    pass
