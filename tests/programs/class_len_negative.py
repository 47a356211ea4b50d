# __len__ returning a negative int: len() and a test raise CPython's ValueError
class Debt:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n > 100:
            return 100
        return self.n


d = Debt(3)
print(len(d), len(Debt(500)))
try:
    print(len(Debt(-2)))
except ValueError as e:
    print("ValueError:", e)
d.n = -1
if d:
    print("never")
