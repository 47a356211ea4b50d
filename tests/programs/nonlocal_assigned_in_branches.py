# A variable a nested function declares nonlocal, first assigned in each branch of an if/elif/else
# (or a branch ends in return or raise without it):
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
def make_mover(kind):
    if kind == "up":
        step = 1
    elif kind == "down":
        step = -1
    else:
        raise ValueError("bad kind " + kind)
    def move(pos):
        nonlocal step
        step = step * 2
        return pos + step
    return move
mover = make_mover("up")
print(mover(0), mover(0), make_mover("down")(10))
def counter_from(start):
    if start < 0:
        return None
    else:
        total = start
    def add(v):
        nonlocal total
        total += v
        return total
    return add
adder = counter_from(5)
print(adder(1), adder(2), counter_from(-1) is None)
try:
    make_mover("sideways")
except ValueError as e:
    print(e)
