# error: 3:7: error: an exception object as a value is not supported in kilopy: raise ValueError(...) where it is made (`raise ValueError(msg)`, the message in a str variable if need be)
# An exception object kept in a variable to raise later.
err = ValueError("bad")
try:
    raise err
except ValueError as e:
    print(e)
