# error: 3:7: error: *args parameters are not supported
# *args parameters are refused.
def f(*args):
    return 0

print(f(1, 2))
