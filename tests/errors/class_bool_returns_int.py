# error: 9:4: error: TypeError: __bool__ should return bool, returned int (kilopy refuses it)
# a test of an object whose __bool__ returns an int: CPython's TypeError, refused at compile time.
class C:
    def __init__(self):
        self.n = 1
    def __bool__(self):
        return self.n

if C():
    print("yes")
