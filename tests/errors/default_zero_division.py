# error: 3:12: error: ZeroDivisionError: integer division or modulo by zero (CPython raises it when the def or class statement holding it runs, called or not)
# A default value dividing by zero: CPython raises when the def runs, even if f is never called.
def f(x=10 // 0):
    return x


print("defined f")
