# error: 4:18: error: a *xs parameter of a method is not supported in kilopy: take a tuple (def f(self, xs)) and pass one (f((a, b)))
# a *args parameter of a method (only top-level functions take one).
class A:
    def m(self, *xs):
        return xs


print(A().m(1, 2))
