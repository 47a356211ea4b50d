# error: 3:16: error: a KeyError takes one argument in kilopy, a string literal (CPython shows its repr()): raise KeyError("name")
# a KeyError raised with several arguments is refused.
raise KeyError("a", 1)
