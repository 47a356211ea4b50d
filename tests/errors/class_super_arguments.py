# error: 10:16: error: super() takes no arguments in kilopy: write super().m(...)
# the two-argument form super(B, self) is refused.
class A:
    def f(self):
        return 1


class B(A):
    def f(self):
        return super(B, self).f() + 1


print(B().f())
