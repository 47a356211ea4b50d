# error: 18:1: error: obj.p += v of a property holding a list changes the list in place before CPython calls the setter, which kilopy does not do: write obj.p = obj.p + v
# += on a property holding a list (CPython extends the list in place, then calls the setter).
class Box:
    def __init__(self):
        self._items = []

    @property
    def items(self):
        return self._items

    @items.setter
    def items(self, value):
        self._items = value[:2]


b = Box()
alias = b.items
b.items += ["x", "y", "z"]
print(alias, b.items, alias is b.items)
