# error: 3:9: error: a default value must be a constant (an int, True, False, None or a string) in kilopy
# a parameter default that is not a constant.
def f(a=[]):
    return 1

print(f())
