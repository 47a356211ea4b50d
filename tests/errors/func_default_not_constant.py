# error: 3:9: error: a default value must be a constant in kilopy: an int, True, False, None, a string, or an int expression of module constants assigned above the def (lr=ONE // 8)
# a parameter default that is not a constant.
def f(a=[]):
    return 1

print(f())
