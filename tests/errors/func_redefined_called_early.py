# error: 11:7: error: calling twice() here runs the call of f() at line 8 before the def of f() at line 14 has run (a call inside a function calls the last def of its name in kilopy): call twice() after line 14
# a function that calls f runs before f's last def (CPython would call the first f).
def f():
    return 1


def twice():
    return f() * 2


print(twice())


def f():
    return 2


print(twice())
