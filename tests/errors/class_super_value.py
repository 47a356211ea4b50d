# error: 10:13: error: super() is supported in kilopy only to call a method of the base class: super().m(...)
# super() as a value is refused.
class A:
    def f(self):
        return 1


class B(A):
    def f(self):
        s = super()
        return s.f()


print(B().f())
