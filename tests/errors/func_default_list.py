# error: 4:20: error: a default value must be a constant in kilopy, not a list, dict or set (CPython makes one when the def runs and every call shares it): write acc=None, and `if acc is None: acc = []` first in the body
# a mutable default value (a list display) of a nested def, which CPython makes each time the def runs
def outer():
    def add(v, acc=[]):
        acc.append(v)
        return acc
    return add(1)


print(outer())
