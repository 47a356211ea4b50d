# type(o).__name__ of an object that may be None, where a test has shown it is not (it was refused).
class A:
    def __init__(self):
        self.hp = 10
class B(A):
    pass
def find(k):
    if k == 0:
        return A()
    if k == 1:
        return B()
    return None
for k in range(3):
    o = find(k)
    if o is not None:
        print(type(o).__name__)
p = find(1)
if p is None:
    print("none")
else:
    print(p.__class__.__name__)
