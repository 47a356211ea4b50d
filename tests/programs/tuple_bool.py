# bool() of a tuple: false only when empty (a fixed tuple, a tuple built from a list, a parameter)
t = (1, 2)
e = ()
xs = [3]
u = tuple(xs)
xs.pop()
v = tuple(xs)
print(bool(t), bool(e), bool(u), bool(v), bool((0,)), bool(((), ())))
def f(p):
    return bool(p)
print(f((1, 2)), f((0, 0)))
