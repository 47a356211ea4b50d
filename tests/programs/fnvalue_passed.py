# kilopy: overflow16
# Function values passed through calls, a global one set by a function, tuples returned, recursion.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x >= 0 else 0


def divmod2(a):
    return a // 2, a % 2


def halves(a):
    return a, a


def train(xs, act):
    return sum(act(x) for x in xs)


mode = relu
def setmode(m):
    global mode
    mode = m


def use(x):
    return mode(x)


acts = [relu, step]
print(train([1, -2, 3], relu), train([1, -2, 3], act=acts[1]))
setmode(step)
print(use(-5), use(5))
setmode(relu)
print(use(-5), use(5))
pairs = (divmod2, halves)
for i in range(2):
    q, r = pairs[i](7)
    print(q, r)


def big(x):
    return x * 1000


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fs = {"big": big, "fact": fact}
print(fs["fact"](7))
print(fs["big"](40))


def walk(f, n):
    if n == 0:
        return 0
    return f(n) + walk(f, n - 1)


g = fs["fact"]
print(walk(g, 5), walk(fs["big"], 3))
print(fs["big"](100))
