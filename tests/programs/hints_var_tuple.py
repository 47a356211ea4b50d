# tuple[T, ...] (typing.Tuple[T, ...]) annotations: a tuple of any length built at run time.
from typing import Tuple


def total(xs: tuple[int, ...]) -> int:
    return sum(xs)


def upto(n: int) -> tuple[int, ...]:
    return tuple(range(n))


def names(k: Tuple[str, ...]) -> str:
    return "-".join(k)


t: tuple[int, ...] = upto(3)
print(total(t), total(upto(4)), upto(3), names(tuple(["a", "b"])))
u: tuple[int, ...] = t + upto(2)
print(u, len(u), u[1:])
