# error: 3:8: error: divmod expected 2 arguments, got 1
# divmod() with one argument.
q, r = divmod(7)
