# error: 5:8: error: 'Oops' is not an exception class kilopy knows: except names a built-in exception (ValueError, KeyError, ...) or a class of the program deriving from Exception
# An except clause naming no exception class.
try:
    x = 1
except Oops:
    pass
