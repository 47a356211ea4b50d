# error: 11:16: error: calling a method through its class with self (A.hello(self, ...)) is supported in kilopy only in a method of A or of a class derived from it: call it on the object (self.hello(...))
# A method called through a class that is not the caller's class or one of its bases, with self:
# CPython runs it on any object; kilopy binds methods to their class and its subclasses.
class A:
    def hello(self):
        return 1


class B:
    def run(self):
        return A.hello(self)


print(B().run())
