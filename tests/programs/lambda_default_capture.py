# A module-level lambda whose default is no constant keeps the default's value where the
# lambda is made (lambda x, i=i: ... in a loop), as CPython evaluates defaults then.
funcs = []
for i in range(3):
    funcs.append(lambda x, i=i: x * 10 + i)
print([f(5) for f in funcs])
adders = [lambda x, n=n: x + n for n in range(4)]
print([g(1) for g in adders])
K = 3
scale = lambda x, k=K * 2: x * k
print(scale(4))
handlers = {}
for name in ["a", "b"]:
    handlers[name] = lambda v, name=name: name + str(v)
print(handlers["a"](1), handlers["b"](2))
