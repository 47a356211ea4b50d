# String annotations (forward references) are read as the expressions they hold.
from dataclasses import dataclass
from typing import Optional

@dataclass
class Node:
    v: int
    nxt: "Node | None" = None

@dataclass
class Tree:
    v: int
    left: Optional["Tree"] = None

class Vec:
    def __init__(self, x: int):
        self.x = x
    def add(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x)

print(Vec(1).add(Vec(2)).x, Node(1), Tree(2))
