# error: 7:9: error: a default value must be a constant in kilopy, and 'N' is no module constant (one assigned once, above the def, an int, a bool, None or a string): write the value, or assign 'N' once
# a default naming a module name assigned twice (no constant).
N = 3
N = 4


def f(y=N):
    return y


print(f())
