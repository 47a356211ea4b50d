# dataclasses.field(default_factory=F) makes a new F() for each object not given the field;
# field(default=v) is the default v.
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    level: int = field(default=3)
    notes: list = field(default_factory=lambda: ["new"])

    def add(self, name, qty):
        self.items.append(name)
        self.counts[name] = self.counts.get(name, 0) + qty


a = Inventory("ann")
b = Inventory("bob")
a.add("bolt", 3)
a.add("nut", 2)
print(a)
print(b, b.items is a.items, b.notes is a.notes)
c = Inventory("cy", ["gear"], {"gear": 1}, 5, [])
print(c, c == Inventory("cy", ["gear"], {"gear": 1}, 5, []), a == b)
