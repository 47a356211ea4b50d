# Empty displays whose elements nothing gives a type: ints where nothing tells, strs for join(), the other branch's type in a conditional expression.
class Tracker:
    def __init__(self):
        self.hist = []
        self.bonus = {}
        self.seen = set()
    def size(self):
        return len(self.hist) + len(self.bonus) + len(self.seen)
t = Tracker()
print(t.size(), t.hist, t.bonus, bool(t.hist))
print(",".join([]), "[" + ", ".join([]) + "]")
print(not [], bool([]), len([]), [] == [], sum([]))
try:
    print(max([]))
except ValueError as e:
    print("err", e)
def first_or(xs, d):
    return xs[0] if xs else d
print(first_or([], 0), first_or([5], 0))
