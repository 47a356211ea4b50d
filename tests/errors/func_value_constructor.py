# error: 16:13: error: function 'relu' is used as a value here: kilopy passes a function only as an argument of a call of a function of the program (apply(relu, xs)), as a parameter's default (act=relu) or through a name assigned it once at module level (g = relu): call 'relu(...)' here
# a function passed to the constructor of a class.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


class Layer:
    def __init__(self, act):
        self.act = act


print(Layer(relu).act(3))
