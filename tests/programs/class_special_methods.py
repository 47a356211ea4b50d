# __eq__, __lt__ (and > through it, reflected), __add__, __sub__, __mul__ (with t = t + b and a chained a + b - c), and __call__ on names, fields, elements and self
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __repr__(self):
        return f"Money({self.cents})"


a = Money(150)
b = Money(275)
c = Money(150)
print(a == c, a == b, a != c, a != b, a is c)
print(a < b, b < a, a > b, b > a)
total = a + b - c
print(total, a * 3, (a + b) * 2 == Money(850))
t = a
t = t + b
print(t, a)
best = a
for m in [b, c, Money(99)]:
    if m < best:
        best = m
print(best)
print(max([a, b, c], key=lambda m: m.cents))


class Scaler:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Pipeline:
    def __init__(self):
        self.first = Scaler(2)
        self.steps = [Scaler(3), Scaler(-1)]

    def __call__(self, x):
        x = self.first(x)
        for s in self.steps:
            x = s(x)
        return self.steps[0](x)


p = Pipeline()
double = Scaler(2)
print(double(21), p(5), [double(v) for v in range(3)])
