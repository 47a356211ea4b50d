# error: 4:5: error: an exception class's body is `pass` (or a docstring) in kilopy: it has no fields, methods or constants
# An exception class with a constant.
class Bad(Exception):
    CODE = 3
