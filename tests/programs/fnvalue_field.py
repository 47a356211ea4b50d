# A field holding a function: methods call self.act(x).
def relu(x: int) -> int:
    return x if x > 0 else 0


def step(x: int) -> int:
    return 1 if x >= 0 else 0


class Neuron:
    def __init__(self, w: int, act):
        self.w = w
        self.act = act

    def out(self, x: int) -> int:
        return self.act(self.w * x)

    def switch(self, act):
        self.act = act


ns = [Neuron(2, relu), Neuron(-3, step), Neuron(1, relu)]
for n in ns:
    print([n.out(x) for x in (-2, 0, 5)])
ns[0].switch(step)
print(ns[0].out(-1), ns[0].out(4), ns[0].act is step, ns[1].act is relu)
acts = {"relu": relu, "step": step}
m = Neuron(5, acts["relu"])
print(m.out(-1), m.out(1))
