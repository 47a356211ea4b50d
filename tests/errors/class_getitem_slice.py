# error: 10:15: error: slicing an object is not supported in kilopy (CPython passes a slice object to __getitem__): give its class a method taking the bounds (obj.part(a, b))
# slicing an object: CPython passes a slice object to __getitem__, which kilopy has not.
class C:
    def __init__(self):
        self.xs = [1, 2, 3]
    def __getitem__(self, i):
        return self.xs[i]

c = C()
print(c[0], c[1:])
