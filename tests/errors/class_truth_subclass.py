# error: 14:20: error: the truth of this value depends on the class of its object (a subclass of 'A' defines __bool__, 'A' does not) in kilopy: define __bool__ in class 'A' too
# the truth of a value that holds a base class without __bool__ and a subclass with it is refused.
class A:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class B(A):
    def __bool__(self):
        return True

for x in [A(0), B(0)]:
    print("yes" if x else "no")
