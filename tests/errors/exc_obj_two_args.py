# error: 8:7: error: an exception class with methods and no __init__ takes one message in kilopy: define __init__ (def __init__(self, a, b): super().__init__(a, b))
# two arguments to a class with methods but no __init__ (kilopy's __init__ takes one message)
class Named(Exception):
    def tag(self):
        return "n"


raise Named("a", 2)
