# error: 13:13: error: 'in' with an object that may be None on its right is not supported in kilopy (its __contains__ would be called on None): test it for None first
# x in obj where obj may be None: its __contains__ would be called on None.
class A:
    def __init__(self):
        self.xs = [1]
    def __contains__(self, x):
        return x in self.xs

a = None
for i in range(2):
    if i == 1:
        a = A()
    print(1 in a)
