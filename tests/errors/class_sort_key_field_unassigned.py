# error: 18:14: error: sorted() of Player objects would compare them by their methods in an order kilopy's sort does not follow (kilopy orders objects by their __lt__ or __gt__ only where it is written `return k(self) < k(other)`, k reading fields that every object's __init__ assigns, without calls): give key= a field (sorted(xs, key=lambda o: o.score))
# sorted() by an __lt__ key whose field set_rank() assigns: CPython's sort of one object reads none, kilopy's key would.
class Player:
    def __init__(self, name):
        self.name = name

    def set_rank(self, r):
        self.rank = r

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return self.name


solo = Player("solo")
print(sorted([solo]))
