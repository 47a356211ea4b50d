# error: 10:16: error: 'super' object has no attribute 'scale': no base class of 'B' defines scale() in kilopy
# super().m() with no m in a base class (AttributeError in CPython).
class A:
    def f(self):
        return 1


class B(A):
    def f(self):
        return super().scale()


print(B().f())
