# type hints on parameters, returns and variables (int, bool, None, list[...], List[...] from
# typing, tuple[...] for a returned tuple), a bare `x: int` declaration, and an annotation
# that teaches an empty list its element type.
from typing import List, Tuple


def total(xs: list[int], scale: int = 1) -> int:
    s: int = 0
    for x in xs:
        s += x * scale
    return s


def flags(n: int) -> List[bool]:
    out: list[bool] = []
    for i in range(n):
        out.append(i % 2 == 0)
    return out


def split(n: int) -> tuple[int, int]:
    return n // 10, n % 10


def grid(n: int) -> list[list[int]]:
    g: List[List[int]] = []
    for i in range(n):
        g.append([i] * n)
    return g


def show(x: int) -> None:
    print("x =", x)


count: int
count = 3
ready: bool = count > 2
print(total([1, 2, 3]), total([4], scale=2), flags(count), grid(2), ready)
a, b = split(47)
print(a, b)
show(5)
w: list[int] = []
w.append(7)
print(w)
