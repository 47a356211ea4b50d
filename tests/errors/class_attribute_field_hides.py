# error: 3:1: error: an object's field named n would hide the class attribute A.n (assigned, or holding a list, dict or set), which kilopy does not support: rename one of them
# a class attribute assigned at run time and a field of the same name: the field hides it.
class A:
    n = 0

    def __init__(self):
        self.n = 5


A.n = 2
print(A.n, A().n)
