# error: 3:9: error: a default value must be a constant in kilopy: an int, True, False, None, a string, or an int expression of module constants assigned above the def (lr=ONE // 8)
# a default reading a constant assigned below its def (CPython: NameError when the def runs).
def f(x=ONE + 1):
    return x
ONE = 3
print(f())
