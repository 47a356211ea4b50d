# error: 3:8: error: NameError: name 'double' is not defined: the def statement of double (line 7) has not run yet here in CPython: move it above
# A function used as a value above its def (CPython: NameError).
ops = [double]
print(len(ops))


def double(x):
    return 2 * x
