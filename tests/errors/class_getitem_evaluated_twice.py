# error: 10:14: error: a divmod() argument that calls a function is not supported in kilopy: assign it to a variable first
# divmod(c[0], 4) evaluates c[0] twice (a // b and a % b): refused where c[0] runs __getitem__, a call.
class Counter2:
    def __init__(self):
        self.v = 24
    def __getitem__(self, i):
        self.v += 1
        return self.v
c = Counter2()
print(divmod(c[0], 4))
