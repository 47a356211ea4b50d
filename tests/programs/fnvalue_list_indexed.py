# A list of functions indexed at run time, appended to, and a function returned.
def double(x):
    return 2 * x


def square(x):
    return x * x


def inc(x):
    return x + 1


ops = [double, square]
ops.append(inc)


def pick(i):
    return ops[i % len(ops)]


total = 0
for i in range(7):
    f = pick(i)
    total += f(i)
    print(i, f(i), f is inc)
print(total)
g = ops[-1]
print(g(41), len(ops), g is inc)
chain = [inc, inc, double]
v = 3
for f in chain:
    v = f(v)
print(v)
