# error: 4:7: error: 'x' is not an exception class kilopy knows: raise names a built-in exception (ValueError, KeyError, ...) or a class of the program deriving from Exception
# Raise of something that is no class.
x = 3
raise x
