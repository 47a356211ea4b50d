# A base class list with a trailing comma: class X(Base, ).
class Base:
    def hello(self):
        return "hi"


class X(Base, ):
    pass


print(X().hello())
