# error: 4:5: error: kilopy keeps 'v', which a nested function of mk() declares nonlocal, in a cell made where mk() first assigns it: assign it (v = ...) before this statement
# nonlocal v where the outer function's if assigns v in one branch only: kilopy makes the cell on every path.
def mk(flag):
    if flag:
        v = 1
    else:
        print("no v")
    def g():
        nonlocal v
        v += 1
        return v
    return g
print(mk(True)())
