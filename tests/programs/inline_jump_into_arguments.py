# An inlined function whose branch jumps to the argument loads of a call that was itself
# inlined (and whose loads went into the copy): the jump must land on the copy, not at pc 0
# (found by fuzz/roundtrip: the program looped forever from the module's start).
def f0(p0, p1):
    return 63


def f1(p0):
    t = 63
    if False and (t == 42):
        return 1
    return f0(f0(1, 1), 1)


def f2(p0):
    if p0 > 3 and p0 < 9:
        return 7
    return f0(f0(p0, 2), p0) + p0


print(f1(5), f2(5), f2(1), f2(20))
