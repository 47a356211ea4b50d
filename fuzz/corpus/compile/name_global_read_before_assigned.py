# error: 6:7: error: calling f() here reads global 'g' (line 4) before it is assigned: assign it at module level before this call
# a call to a function that reads a global not yet assigned.
def f():
    return g + 1

print(f())
g = 1
