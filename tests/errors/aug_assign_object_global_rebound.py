# error: 30:18: error: augmented assignment (+=) of an object through a global name, with a call on its right, is not supported in kilopy (CPython stores where the target was before the call): compute the right side in a name first
# current.score += next_turn(), where next_turn() rebinds the global current: CPython stores into the old one.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __repr__(self):
        return f"V({self.x})"


class Player:
    def __init__(self, name):
        self.name = name
        self.score = V(0)


current = Player("ann")
other = Player("bob")


def next_turn():
    global current
    current = other
    return V(10)


current.score += next_turn()
print(current.name, current.score, other.score)
