# error: 12:14: error: divmod() of an object is not supported in kilopy (CPython calls __divmod__, not __floordiv__ and __mod__): write (a // b, a % b)
# divmod() of an object: CPython calls __divmod__, not __floordiv__ and __mod__.
class A:
    def __init__(self, n):
        self.n = n
    def __floordiv__(self, k):
        return self.n // k
    def __mod__(self, k):
        return self.n % k

a = A(7)
print(divmod(a, 2))
