# A @dataclass's == over fields annotated Optional[int], int | None and tuple[int, int]:
# compared with == alone, as CPython's `is or ==` gives the same for them (the
# generated `is` was refused at the decorator).
from dataclasses import dataclass
from typing import Optional


@dataclass
class Item:
    name: str
    spot: tuple[int, int]
    qty: Optional[int] = None
    best: int | None = None


o = (0, 0)
a = Item("a", o)
print(a == Item("a", o), Item("a", o, 1) == Item("a", o), Item("a", (1, 2), 2) == Item("a", (1, 2), 2))
print(Item("b", o, 4) == Item("b", o, 4), Item("b", o, best=4) == Item("b", o), Item("c", o, best=3) == Item("c", o, best=3))
print(Item("a", (1, 2), 2) != Item("a", (2, 1), 2), a.qty, a.spot)
