# error: 18:16: error: kilopy tests field 'best' (an int or None) for None before it evaluates this operand, where CPython evaluates it first: assign it to a name first
# s.best (an int or None) + s.bonus (maybe unassigned): CPython reads s.bonus (AttributeError) before the None check.
class Stats:
    def __init__(self):
        self.best = None

    def update(self, v):
        self.best = v

    def start(self):
        self.bonus = 10


s = Stats()
if len("abc") > 5:
    s.update(1)
    s.start()
print(s.best + s.bonus)
