# None narrowing follows the flow: rebinding ends it, loops and handlers keep it only where it holds.
def f(x):
    if x is not None:
        print("a", x + 1)
        x = None
    print("b", x)

f(3)
f(None)

def g(vals):
    cur = None
    out = []
    for v in vals:
        if cur is not None and v < cur:
            out.append(cur - v)
        cur = v if v > 0 else None
    return out
print(g([5, 3, -1, 4, 2]))

def h(s):
    t = None if s == "" else s
    if not t:
        return "empty"
    while t is not None and len(t) > 1:
        t = t[1:] if len(t) > 2 else None
    return t
print(h(""), h("abcd"), h("ab"))

def k(d, keys):
    res = []
    for key in keys:
        v = d.get(key)
        try:
            if v is None:
                raise KeyError("missing")
            res.append(v * 2)
        except KeyError as e:
            res.append(-1)
    return res
print(k({1: 2, 3: 4}, [1, 2, 3]))

state = None
def step(v):
    global state
    if state is None:
        state = v
    else:
        state = state + v
    return state
print(step(1), step(2))
w = None
if w is None:
    w = "x"
print(w.upper())
