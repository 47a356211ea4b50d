# error: 6:1: error: decorators are not supported
# decorators are refused.
def deco(f):
    return f

@deco
def g():
    return 1
