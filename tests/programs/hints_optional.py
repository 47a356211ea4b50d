# Optional[int], int | None, Optional["C"] (a forward reference) as annotations of names, parameters and returns
from typing import Optional


class Node:
    def __init__(self, v: int, nxt: Optional["Node"] = None):
        self.v = v


def find(xs: list[int], t: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None


def first(xs: list[int]) -> int | None:
    return xs[0] if xs else None


best: Optional[int] = None
for v in [5, 3, 8]:
    if best is None or v < best:
        best = v
print(best, find([4, 5], 5), find([4, 5], 9), first([]), first([7]))
