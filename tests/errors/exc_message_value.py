# error: 4:18: error: an exception's message is a string literal in kilopy: raise E("message")
# An exception message that is no string literal.
m = 3
raise ValueError(m)
