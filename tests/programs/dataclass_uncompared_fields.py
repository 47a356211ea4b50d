# A dataclass holding a list of dataclass objects and a dict of strs, never compared with ==:
# its __eq__ (which CPython never runs then) does not refuse the program.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    qty: int = 1


@dataclass
class Order:
    who: str
    items: list[Item] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


o = Order("ann")
o.items.append(Item("bolt", 2))
o.meta["k"] = "v"
print(o, o.items[0] == Item("bolt", 2))
