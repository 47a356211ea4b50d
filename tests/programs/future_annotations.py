# `from __future__ import annotations`: annotations are not evaluated, so a class may name itself.
from __future__ import annotations
from dataclasses import dataclass
from typing import Optional

@dataclass
class Node:
    v: int
    nxt: Node | None = None

class Vec:
    def __init__(self, x: int):
        self.x = x
    def add(self, other: Vec) -> Vec:
        return Vec(self.x + other.x)

print(Vec(1).add(Vec(2)).x, Node(1))
