# error: 17:1: error: kilopy calls a property's setter on a name (obj.p = v): assign the object to a name first
# a property's setter called through an element (kilopy calls a setter on a name).
class A:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


xs = [A()]
xs[0].v = 3
print(xs[0].v)
