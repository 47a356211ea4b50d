# error: 4:21: error: isinstance() in kilopy takes a class of the program or one of int, bool, str, list, tuple, dict, set and float as its second argument (or a tuple of them)
# isinstance with a type kilopy has no values of (bytes) is refused.
x = 3
print(isinstance(x, bytes))
