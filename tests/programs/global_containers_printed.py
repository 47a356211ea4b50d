# A function printing, formatting or taking max() of a module-level list of tuples, dicts or
# objects, and of a field of a class made once (kept as a global): read with GETG, not MOVE.
from collections import deque

log = [(1, "a"), (3, "c")]
history = [{"epoch": 1}, {"epoch": 2}]
table = {"x": (1, 2)}
queue = deque([(5, 6)])


class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x})"


points = [P(1), P(2)]


class Game:
    def __init__(self):
        self.food = [(5, 2), (1, 9)]
        self.scores = [(7, "ann"), (3, "bob")]

    def report(self):
        print(self.food, max(self.scores), min(self.scores), f"{self.food}")


def show():
    print(log, history, table, queue, points)
    print(f"{log} {history}", "{}".format(table), str(points), max(log), min(log), sorted(log))
    for k, v in table.items():
        print(k, v)


show()
Game().report()
