# error: 9:10: error: formatting a list[P or a subclass] that may hold objects of a subclass of P is not supported in kilopy: format its objects one by one
# an f-string field holding a list of objects of a class and its subclasses is refused, in print() too.
class P:
    def __repr__(self):
        return "P"
class Q(P):
    def __repr__(self):
        return "Q"
print(f"{[P(), Q()]}")
