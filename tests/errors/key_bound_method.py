# error: 8:19: error: key=c.neg (a bound method) is not supported in kilopy: write key=lambda v: c.neg(v)
# A bound method of an object as key= is refused with the lambda that means the same.
class C:
    def neg(self, v):
        return -v
c = C()
xs = [3, 1]
print(max(xs, key=c.neg))
