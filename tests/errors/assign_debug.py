# error: 3:1: error: SyntaxError: cannot assign to __debug__
# __debug__ is no variable: CPython refuses the assignment.
__debug__ = 1
print("ran")
