# error: 3:11: error: an exception class derives from Exception or from another exception class of the program in kilopy, not from the built-in 'ValueError': class Bad(Exception):
# An exception class deriving from a built-in other than Exception.
class Bad(ValueError):
    pass
