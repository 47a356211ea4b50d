# error: 8:14: error: parameter 'm' of train() is annotated Model but receives an int at line 12: make the annotation and the value agree
# a parameter annotated with a class that receives an int.
class Model:
    def __init__(self):
        self.w = 0


def train(m: Model):
    return m.w


print(train(3))
