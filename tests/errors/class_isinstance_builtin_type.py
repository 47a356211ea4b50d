# error: 4:21: error: isinstance() in kilopy takes a class of the program as its second argument
# isinstance with a builtin type is refused.
x = 3
print(isinstance(x, int))
