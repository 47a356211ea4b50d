# error: 4:5: error: an exception class's body holds `pass`, a docstring or methods in kilopy: it has no constants or class attributes
# An exception class with a constant.
class Bad(Exception):
    CODE = 3
