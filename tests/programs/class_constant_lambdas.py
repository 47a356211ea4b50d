# Lambdas in class constants (a dict of activation functions, in a class and a dataclass): they
# are functions made before the class, not its methods.
from dataclasses import dataclass


def relu(v):
    return max(0, v)


class Layer:
    ACTS = {"relu": relu, "neg": lambda v: -v, "twice": lambda v: 2 * v}

    def __init__(self, act):
        self.f = Layer.ACTS[act]

    def run(self, v):
        return self.f(v)


@dataclass
class Rule:
    name: str
    LIMIT = 3
    CHECKS = {"pos": lambda v: v > 0}

    def fires(self, v):
        return v > Rule.LIMIT


print(Layer("neg").run(3), Layer("relu").run(-2), Layer("twice").run(5))
r = Rule("big")
print(r, r.fires(5), Rule.CHECKS["pos"](2))
