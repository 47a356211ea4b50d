# error: 3:11: error: int() of a string is not supported: kilopy has no strings yet (strings are only print arguments)
# int() of a string: kilopy has no strings yet.
print(int("12"))
