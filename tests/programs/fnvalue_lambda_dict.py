# Lambdas stored in a dict, called through it.
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "max": lambda a, b: a if a > b else b}
for name in ("add", "sub", "max"):
    print(name, ops[name](7, 3), ops[name](2, 9))
fs = [lambda v: v * 3, lambda v: v - 1]
print([f(4) for f in fs])
