# error: 4:5: error: nonlocal declarations are not supported
# nonlocal is refused.
def f():
    nonlocal x
    x = 1

f()
