# isinstance with a class of the program is known at compile time (its argument is still read).
class A:
    def __init__(self):
        self.n = 1


class B:
    pass


a = A()
b = B()
k = 3
xs = [a]
print(isinstance(a, A), isinstance(a, B), isinstance(b, B), isinstance(k, A), isinstance(xs[0], A), isinstance(a.n, A))
if isinstance(b, A):
    print("no")
else:
    print("yes")
ys = [a]
ys.pop()
print(isinstance(ys[0], A))
