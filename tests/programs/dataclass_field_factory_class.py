# field(default_factory=list) without a type argument, and of a class.
from dataclasses import dataclass, field


class Vec:
    def __init__(self):
        self.x = 0

    def __repr__(self):
        return f"Vec({self.x})"


@dataclass
class Body:
    tags: list = field(default_factory=list)
    pos: Vec = field(default_factory=Vec)


p = Body()
q = Body()
p.tags.append("fast")
p.pos.x = 4
print(p, q)
