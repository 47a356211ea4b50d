# error: 4:21: error: isinstance() in kilopy takes a class of the program or one of int, bool, str, list, tuple, dict and set as its second argument (or a tuple of them)
# isinstance with a type kilopy has no values of (float) is refused.
x = 3
print(isinstance(x, float))
