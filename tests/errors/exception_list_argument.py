# error: 6:29: error: an exception's argument (or an assert's message) that is a list[int] is not supported in kilopy: kilopy makes str(e) when the exception is made, CPython when it is shown (after any change to the argument, and running its __repr__ then): pass its text, str(x), or ints and strs
# An exception's list argument is refused: CPython's str(e) would show the list as it is when
# printed (here [1, 2]), kilopy's text is made at the raise.
xs = [1]
try:
    raise ValueError("bad", xs)
except ValueError as e:
    xs.append(2)
    print(e)
