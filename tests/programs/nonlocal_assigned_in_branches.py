# A variable a nested function declares nonlocal, first assigned in each branch of an if/elif/else:
# its cell is made on every path.
def counter():
    n = 0
    def inc(flag):
        nonlocal n
        if flag:
            n += 2
        else:
            n += 1
        return n
    return inc
c = counter()
print(c(True), c(False))
def mk(flag):
    if flag:
        v = 1
    else:
        v = 2
    def g():
        nonlocal v
        v += 1
        return v
    return g
print(mk(True)(), mk(False)())
def mk3(k):
    if k == 0:
        label = "zero"
    elif k > 0:
        print("positive")
        label = "pos"
    else:
        label = "neg"
    def rename(x):
        nonlocal label
        label = label + x
        return label
    rename("!")
    return label
print(mk3(0), mk3(5), mk3(-1))
