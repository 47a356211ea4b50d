# annotations with Dict, Set (typing and builtin), a class of the program, and on fields
from typing import List, Dict, Set, Tuple


class Model:
    def __init__(self, n: int):
        self.w: List[int] = [0] * n
        self.seen: Set[int] = set()
        self.stats: Dict[str, int] = {}


def train(m: Model, xs: List[Tuple[int, int]]) -> Model:
    for a, b in xs:
        m.w[a % len(m.w)] += b
        m.seen.add(a)
        m.stats["n"] = m.stats.get("n", 0) + 1
    return m


def best(models: List[Model]) -> Model:
    return max(models, key=lambda m: sum(m.w))


def index(words: List[str]) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for w in words:
        d[w] = len(d)
    return d


m = train(Model(3), [(1, 2), (4, 5), (2, 1)])
print(m.w, sorted(m.seen), m.stats, best([m, Model(2)]).w, index(["x", "y"]))
e: dict = {}
e[1] = "a"
s: set = set()
s.add(3)
print(e, len(s))
