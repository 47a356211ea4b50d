# error: 9:5: error: the decorator @v.deleter is not supported in kilopy (of a property's decorators only @v.setter is): write a method for it
# @p.deleter (only @p.setter is taken).
class A:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        pass
