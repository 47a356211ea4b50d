# error: 4:21: error: isinstance() in kilopy takes a class of the program as its second argument: kilopy knows each value's type when it compiles, so isinstance(x, int) would be a constant; leave the test out (or test x is None for a value that may be None)
# isinstance with a builtin type is refused.
x = 3
print(isinstance(x, int))
