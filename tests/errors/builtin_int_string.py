# error: 3:11: error: int() of a str is not supported in kilopy yet (only of an int or a bool)
# int() of a str: parsing text is not supported yet.
print(int("12"))
