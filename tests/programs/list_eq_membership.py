# `x in xs`, `x not in xs`, xs.count(x), xs.remove(x) and xs.index(x) of objects whose class
# defines __eq__: CPython compares each element e with x, `e is x or e == x`, in order, and stops
# at the first match (the prints show which __eq__ calls run).
from dataclasses import dataclass


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        print("eq", self.rank, other.rank)
        return self.rank == other.rank and self.suit == other.suit

    def __repr__(self):
        return f"Card({self.rank}, {self.suit!r})"


deck = [Card(r, s) for r in range(2, 4) for s in "hs"]
print(Card(3, "h") in deck)
print(Card(9, "h") not in deck)
print(deck[2] in deck)  # itself: no __eq__ call
hand = []
for card in [Card(2, "h"), Card(2, "h"), Card(3, "s")]:
    if card not in hand:
        hand.append(card)
print(hand)
print(deck.count(Card(2, "s")))
deck.remove(Card(2, "s"))
print(deck, deck.index(Card(3, "s")))
try:
    deck.remove(Card(9, "x"))
except ValueError as e:
    print("remove:", e)
try:
    deck.index(Card(8, "x"))
except ValueError as e:
    print("index:", e)


@dataclass
class P:
    x: int
    y: int


pts = [P(1, 2), P(3, 4)]
print(P(3, 4) in pts, P(0, 0) in pts, pts.index(P(3, 4)), [P(1, 2), P(1, 2)].count(P(1, 2)))
print([q for q in [P(1, 2), P(5, 5)] if q in pts])


class Inventory:
    def __init__(self):
        self.items = []

    def add(self, p):
        if p in self.items:
            return False
        self.items.append(p)
        return True


inv = Inventory()
print(inv.add(P(1, 1)), inv.add(P(1, 1)), inv.add(P(2, 1)), len(inv.items))
rows = [{"n": 1, "s": "a"}, {"n": 2, "s": "b"}]
print({"n": 2, "s": "b"} in rows, {"n": 2, "s": "c"} in rows, rows.index({"n": 2, "s": "b"}))


def made(i):
    print("made", i)
    return P(i, i)


def points():
    print("points")
    return pts


print(made(1) in points())  # x, then xs
pts.remove(P(5, 6))
