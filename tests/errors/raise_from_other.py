# error: 7:42: error: kilopy supports `raise ... from None` and `raise ... from e`, e the exception an enclosing `except ... as e` handles
# raise ... from a name that is no handled exception.
cause = 3
try:
    x = int("q")
except ValueError:
    raise RuntimeError("bad input") from cause
