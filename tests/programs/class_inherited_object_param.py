# A method with an object parameter, inherited by a subclass but called only on base objects:
# the subclass's copy checks with the base method's parameter types (it was refused, its
# parameter taken for an int).
class V:
    def __init__(self, x):
        self.x = x

    def dot(self, other):
        return self.x * other.x

    @staticmethod
    def gap(a, b):
        return abs(a.x - b.x)


class W(V):
    def __init__(self, x, w):
        super().__init__(x)
        self.w = w


a = V(3)
b = V(-4)
print(a.dot(b), V.gap(a, b), a.gap(b, a))
print(W(2, 5).w)
