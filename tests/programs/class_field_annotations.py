# annotated fields (self.w: list[int] = ..., self.lr: int = lr), checked against their values
class Model:
    def __init__(self, n: int, lr: int = 2):
        self.w: list[int] = [0] * n
        self.lr: int = lr
        self.steps: int = 0
        self.name: str = "m"

    def step(self):
        self.steps += 1


m = Model(3)
m.step()
print(m.w, m.lr, m.steps, m.name)
