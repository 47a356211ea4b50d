# error: 10:11: error: kilopy tests 'x' (an int or None) for None before it evaluates this operand, where CPython evaluates it first: assign it to a name first
# an int or None on the left of an operand with a call (CPython calls f() before its TypeError).
def f():
    print("f runs first")
    return 1

x = None
if len("ab") > 5:
    x = 2
print(x + f())
