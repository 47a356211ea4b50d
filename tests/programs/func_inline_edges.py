# Inlining corner cases (frontend/inline.cpp): an argument that the callee's global write
# changes (the module's globals are registers of its frame), calls right after a jump target,
# a leaf with a loop of its own, a callee returning its parameter, a result left unused.

g = 3
flips = 0


def setg(v):
    global g
    g = 10
    return v


def same(v):
    return v


def fold(v):
    acc = 0
    for _ in range(5):
        acc = acc ^ v
    return acc


def spread(v):
    acc = 1
    for j in range(v & 3):
        acc = max(acc ^ j, j | 8)
    return acc


def flip():
    global flips
    flips = flips ^ 1


print(setg(g), g)
g = 4
print(setg(g + 0), same(g), same(-64), same(127))
total = 0
for i in range(12):
    if i & 1:
        total = total + same(i)
    else:
        total = total - fold(i)
    flip()
    while True:
        if same(i) > 6:
            break
        total = total + 1
        break
print(total, flips, fold(7), fold(-7))


def run():
    t = 0
    k = 0
    while k < 9:
        k = k + 1
        if k % 3 == 0:
            continue
        t = t + same(k) + (1 if same(k & 1) else 2) + spread(k)
    setg(t)
    return t


print(run(), g)
