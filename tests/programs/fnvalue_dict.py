# A dict of functions, one picked by a key known at run time.
def relu(x: int) -> int:
    return x if x > 0 else 0


def step(x: int) -> int:
    return 1 if x >= 0 else 0


def neg(x: int) -> int:
    return -x


ACTIVATIONS = {"relu": relu, "step": step, "neg": neg}

def apply(f, xs):
    return [f(x) for x in xs]


for name in ["neg", "relu", "step", "relu"]:
    act = ACTIVATIONS[name]
    print(name, apply(act, [-2, 0, 3]), act(7))
for name, fn in ACTIVATIONS.items():
    print(name, [fn(v) for v in (-1, 1)], fn is relu, fn == step, fn != neg)
print(apply(step, [-2, 0, 3]))
print("relu" in ACTIVATIONS, "tanh" in ACTIVATIONS, len(ACTIVATIONS))
ACTIVATIONS["relu"] = neg
print(ACTIVATIONS["relu"](5), ACTIVATIONS.get("step", relu)(-4))
