# error: 4:5: error: no binding for nonlocal 'x' found
# nonlocal in a function that is not nested (CPython's SyntaxError).
def f():
    nonlocal x
    x = 1

f()
