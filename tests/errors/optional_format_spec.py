# error: 7:14: error: a format spec, %d or !a on an int or None is not supported in kilopy (CPython formats an int and raises TypeError for None): format int(x) where it cannot be None
# a format spec on an int or None (CPython raises TypeError for None, formats an int).
def show(flag):
    n = None
    if flag:
        n = 42
    return f"{n:>5}"
print(show(True))
