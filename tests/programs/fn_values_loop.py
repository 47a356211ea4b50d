# A for loop over a list or tuple of functions, written out or through a name read only as
# the loop's iterable: each pass calls one function directly.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


def neg(x):
    return -x


def score(act, xs):
    return sum(act(x) for x in xs)


ACTS = [relu, step, neg]


def best(xs):
    top = -100
    for f in (relu, neg):
        if f(xs[0]) > 5:
            break
        top = max(top, score(f, xs))
    else:
        top += 1000
    return top


for act in ACTS:
    print(score(act, [-2, 3]), act is step, [act(v) for v in range(-1, 2)])
for act in (step,):
    for g in ACTS:
        if g is neg:
            continue
        print(act(g(5)), end=" ")
print(best([-2, 3]), best([9]))
