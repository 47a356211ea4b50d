# error: 9:9: error: a class method of A, which other classes derive from, assigns cls.made, which in CPython gives a subclass an attribute of its own: assign A.made
# a @classmethod of a class with subclasses assigning through cls (CPython gives the subclass an
# attribute of its own).
class A:
    made = 0

    @classmethod
    def make(cls):
        cls.made += 1
        return cls()


class B(A):
    pass


print(B.make().made, A.made)
