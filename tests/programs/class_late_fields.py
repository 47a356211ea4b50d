# Fields first assigned outside __init__, or in __init__ after another use of self: each is
# readable once assigned; reading one earlier is CPython's AttributeError (caught here).
class Counter:
    def __init__(self, n):
        self.n = n
        self.reset()
        self.history = []

    def reset(self):
        self.total = 0
        self.best, self.worst = -1, 99

    def add(self, v):
        self.total += v
        self.history.append(v)
        if v > self.best:
            self.best = v
        self.last = v

    def report(self):
        print(self.n, self.total, self.best, self.worst, self.history, self.last)


class Window(Counter):
    def start(self, size):
        self.size = size
        self.owner = Counter(size)

    def push(self, v):
        self.add(v)
        self.owner.add(v * 2)
        return len(self.history) >= self.size


c = Counter(3)
try:
    print(c.last)
except AttributeError as e:
    print("caught:", e)
for v in [4, 9, 2]:
    c.add(v)
c.report()
w = Window(1)
try:
    w.push(5)
except AttributeError as e:
    print("caught:", e)
w.start(2)
print(w.push(5), w.push(6), w.owner.total, w.size)
w.report()
counters = [Counter(1), Window(2)]
for k in counters:
    k.add(7)
    k.last = 8
print([k.total for k in counters], c.last)
for k in [Window(4), Counter(5), counters[1]]:
    try:
        print(k.last)
    except AttributeError as e:
        print("caught:", e)
