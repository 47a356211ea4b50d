# error: 9:10: error: multiple inheritance is not supported in kilopy: derive from one class
# two base classes are refused.
class A:
    pass

class B:
    pass

class C(A, B):
    pass
