# three levels: a copied method calls the subclass's override through self, super() in a
# copied method goes to its own class's base, fields assigned before super().__init__, and
# super().__init__() of a class without a base (object's, which does nothing).
class Sensor:
    LIMIT = 50

    def __init__(self, pin):
        super().__init__()
        self.pin = pin
        self.reads = []

    def raw(self):
        return self.pin * 7 % 13

    def read(self):
        v = self.scale(self.raw())
        self.reads.append(v)
        return v

    def scale(self, v):
        return v

    def over(self):
        return self.read() > self.LIMIT

    def ratio(self, d):
        return self.read() // d


class Averaged(Sensor):
    def __init__(self, pin, n=2):
        self.n = n
        super().__init__(pin)

    def scale(self, v):
        return super().scale(v) * self.n


class Clamped(Averaged):
    LIMIT = 30

    def scale(self, v):
        s = super().scale(v) + 1
        return min(s, self.LIMIT + 5)

    def raw(self):
        return super().raw() + len(self.reads)


a = Sensor(3)
b = Averaged(4, n=3)
c = Clamped(5)
for i in range(3):
    print(a.read(), b.read(), c.read(), a.over(), b.over(), c.over())
print(a.reads, b.reads, c.reads)
print(isinstance(c, Averaged), isinstance(c, Sensor), isinstance(b, Clamped), Clamped.LIMIT, Averaged.LIMIT, c.n)
team = [Clamped(1), Clamped(2, 4)]
team[0].n = 5
print([t.read() for t in team], team[0].reads, team[1].n)
print(c.ratio(c.n - 2))
