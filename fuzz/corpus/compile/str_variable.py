# error: 3:1: error: strings are only supported as print arguments and assert messages
# a string may not be stored in a variable.
s = "hello"
print(s)
