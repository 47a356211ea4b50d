# error: 3:15: error: deriving an exception class from KeyError is not supported in kilopy: derive it from LookupError (class Missing(LookupError):), which `except KeyError` does not catch
# An exception class deriving from KeyError (its str() is its argument's repr()).
class Missing(KeyError):
    pass


raise Missing("k")
