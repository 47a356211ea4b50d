# error: 4:16: error: an assert message must be a string literal in kilopy
# an assert message that is not a string literal.
x = 1
assert x == 1, x
