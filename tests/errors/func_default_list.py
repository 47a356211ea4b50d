# error: 3:16: error: a default value must be a constant in kilopy, not a list, dict or set (CPython makes one when the def runs and every call shares it): write acc=None, and `if acc is None: acc = []` first in the body
# a mutable default value (a list display)
def add(v, acc=[]):
    acc.append(v)
    return acc

print(add(1))
