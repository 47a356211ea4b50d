# sorted(), list.sort(), min() and max() of objects whose class orders them by a key: its
# __lt__ (or __gt__) is `return k(self) < k(other)` with k reading fields, so kilopy sorts by k.

class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __repr__(self):
        return f"{self.rank}{self.suit}"


class Task:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio

    def __gt__(self, other):
        return other.prio < self.prio

    def __repr__(self):
        return f"Task({self.name!r}, {self.prio})"


class Urgent(Task):
    def __init__(self, name):
        super().__init__(name, 0)


class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return -self.v * 2 < -other.v * 2

    def __str__(self):
        return "S" + str(self.v)


hand = [Card(5, "h"), Card(2, "s"), Card(9, "d"), Card(2, "c"), Card(5, "c")]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
hand.sort()
print(hand)
hand.sort(reverse=True)
print(hand)
tasks = [Task("a", 3), Urgent("u"), Task("b", 3), Task("c", 1)]
print(sorted(tasks))
print(max(tasks), min(tasks))
print(sorted(tasks, reverse=True))
scores = [Score(3), Score(7), Score(3), Score(1)]
ss = sorted(scores)
print([str(s) for s in ss])
print(min(scores), max(scores))
print(Card(1, "a") < Card(1, "b"), Task("x", 1) > Task("y", 2))
empty = [Card(1, "a")]
empty.pop()
try:
    print(min(empty))
except ValueError as e:
    print("error:", e)
print([str(s) for s in sorted(scores, reverse=True)], [c.rank for c in sorted(hand)])
print(sum(1 for c in sorted(hand) if c.rank > 2))
