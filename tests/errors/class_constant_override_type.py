# error: 12:7: error: the class constant N is an int in 'A' but a string in its subclass 'B': kilopy needs one type per name
# a class constant that a subclass overrides with a value of another type is refused.
class A:
    N = 1


class B(A):
    N = "one"


x = A()
print(x.N)
