# error: 6:5: error: name 'x' is used prior to global declaration
# a global read in a function before its global statement (a SyntaxError in CPython).
x = 1
def f():
    print(x)
    global x
    x = 2
f()
