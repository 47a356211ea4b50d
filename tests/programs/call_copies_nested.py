# A function copied for other argument types calls its own nested function, not a top-level one
# of the same name.
def helper(x):
    return "top"

def f(x):
    def helper(y):
        return y
    return helper(x)

print(f(1))
print(f("abc"))
