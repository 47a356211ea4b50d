# Methods with defaults, calling each other through self, returning objects; recursion;
# a class without __init__; constants of both signs; a traceback inside a method.
class Acc:
    LIMIT = 50
    LOW = -3

    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        self.log = []

    def add(self, n=1):
        self.value += n * self.step
        self.log.append(self.value)
        if self.value > Acc.LIMIT:
            self.value = self.LOW
        return self

    def twice(self, n):
        return self.add(n).add(n)

    def fact(self, k):
        if k <= 1:
            return 1
        return k * self.fact(k - 1)


class Empty:
    def kind(self):
        return 7


a = Acc()
b = Acc(10, 3)
a.twice(4).add()
b.add(5).twice(2)
print(a.value, a.log, b.value, b.log)
print(b.fact(6), Empty().kind(), Acc.LIMIT + Acc.LOW)
for i in range(5):
    b.add(i)
print(b.value, len(b.log), b.log[-1])
print(b.log[10])
