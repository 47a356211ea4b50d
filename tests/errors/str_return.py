# error: 4:12: error: a function cannot return a string in kilopy (strings are only print arguments and assert messages)
# a string is no value in kilopy, so no function result either.
def greeting():
    return "hello"


print(greeting())
