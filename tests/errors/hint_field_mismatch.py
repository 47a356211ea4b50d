# error: 8:20: error: field 'name' is annotated int but is assigned a string at line 8: make the annotation and the value agree
# a field annotation that disagrees with its value.
class Model:
    def __init__(self, n: int, lr: int = 2):
        self.w: list[int] = [0] * n
        self.lr: int = lr
        self.steps: int = 0
        self.name: int = "m"

    def step(self):
        self.steps += 1


m = Model(3)
m.step()
print(m.w, m.lr, m.steps, m.name)
