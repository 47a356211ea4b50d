# error: 8:9: error: comparing a C object with a C object is not supported in kilopy (objects compare by identity, with is or ==, to an object of the same class; to order them, define __lt__ and the like in their class)
# ordering objects (no __lt__) is refused.
class C:
    def __init__(self):
        self.n = 1

a = C()
print(a < C())
