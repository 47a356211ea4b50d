# A closure may read outer variables assigned in each branch of an if/else (or in some, where
# the others return or raise): every path to its def gives them a value.

def make_scaler(k, neg):
    if neg:
        m = -k
    else:
        m = k
    def scale(x):
        return x * m
    return scale

def pick(mode):
    if mode == 1:
        base = 10
    elif mode == 2:
        base = 20
    else:
        raise ValueError("bad mode " + str(mode))
    off = base // 2
    def f(x):
        return x + base + off
    return f

s = make_scaler(3, True)
t = make_scaler(3, False)
print(s(4), t(4))
print(pick(1)(1), pick(2)(1))
try:
    pick(3)
except ValueError as e:
    print("error:", e)
