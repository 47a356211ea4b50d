# Fields of a global object updated in place (`a.step -= 1`) and methods called with keywords
# while the compiler still infers the object's type (a method returning self, chained).
class Acc:
    def __init__(self, start, step=1):
        self.total = start
        self.step = step

    def clamp(self, lo=-400, *, hi=400):
        if self.total > hi:
            self.total = hi
        elif self.total < lo:
            self.total = lo
        return self


a1 = Acc(1)
a3 = a1.clamp(hi=300).clamp(-5, hi=2)
a1.step -= 1
a3.total += 7
print(a1.step, a1.total, a3 is a1, a3.clamp(hi=3).total, a1.clamp(lo=5).total)
