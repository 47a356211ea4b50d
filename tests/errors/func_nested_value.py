# error: 7:12: error: nested function 'helper' is used as a value: kilopy only calls nested functions (call it, or define it at the top level)
# a nested function used as a value (returned): kilopy lifts nested functions, so it only calls them.
def f(x):
    def helper(v):
        return v + x

    return helper


print(f(1)(2))
