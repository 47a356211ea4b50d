# Type aliases at module level (Vector = List[int]) name their type in annotations; CPython
# checks nothing, and kilopy checks the inferred types against them as for any annotation.
from typing import Dict, List, Optional, Tuple

Vector = List[int]
Sample = Tuple[Vector, int]
Counts = dict[str, int]
Best = Optional[Tuple[int, int]]


def dot(w: Vector, x: Vector) -> int:
    return sum(a * b for a, b in zip(w, x))


def count(words: List[str]) -> Counts:
    c: Counts = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c


def best_of(samples: List[Sample]) -> Best:
    best: Best = None
    for i, (x, y) in enumerate(samples):
        s = dot(x, x) * y
        if best is None or s > best[1]:
            best = (i, s)
    return best


data: List[Sample] = [([1, 2], 1), ([3, 1], 2), ([0, 0], 5)]
print(dot([1, 2, 3], [4, 5, 6]), count(["a", "b", "a"]), best_of(data), best_of([]))
