# A class constant and a module variable of the same name are different things.
RATE = 3


class Model:
    RATE = 10

    def __init__(self):
        self.rate = Model.RATE + RATE

    def scaled(self, x):
        return x * self.RATE // RATE


m = Model()
RATE = 5
print(m.rate, m.scaled(7), Model.RATE, RATE)
