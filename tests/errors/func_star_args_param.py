# error: 3:7: error: *args parameters are not supported in kilopy: take a list, def f(xs), and call f([a, b])
# *args parameters are refused.
def f(*args):
    return 0

print(f(1, 2))
