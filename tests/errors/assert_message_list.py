# error: 5:25: error: an exception's argument (or an assert's message) that is a list[int] is not supported in kilopy: kilopy makes str(e) when the exception is made, CPython when it is shown (after any change to the argument, and running its __repr__ then): pass its text, str(x), or ints and strs
# An assert's message that is a list: CPython makes its text when it shows the AssertionError.
xs = [1]
try:
    assert len(xs) > 1, xs
except AssertionError as e:
    xs.append(2)
    print(e)
