# error: 7:7: error: calling fact() here runs the call of fact() at line 4 before the def of fact() at line 10 has run (a call inside a function calls the last def of its name in kilopy): call fact() after line 10
# a recursive function called before its name is redefined: its own call would reach the last def.
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(4))


def fact(n):
    return n
