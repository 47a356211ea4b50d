# error: 16:23: error: passing function 'relu' to a method is not supported in kilopy: pass functions only to functions defined with def, or call 'relu(...)' and pass its result
# a function passed to a method.
def relu(x):
    return x if x > 0 else 0


def step(x):
    return 1 if x > 0 else 0


class Layer:
    def forward(self, act, x):
        return act(x)


print(Layer().forward(relu, 3))
