# error: 8:7: error: calling a method through its class (C.get(...)) is not supported in kilopy: call it on an object (obj.get(...)), or make it a @staticmethod
# an unbound method call is refused.
class C:
    def get(self):
        return 1

c = C()
print(C.get(c))
