# a module whose functions take keyword arguments and carry type hints, List from its own
# typing import (tests/programs/func_kwargs_module.py)
from typing import List


def scaled(x: int, factor: int = 2, *, offset: int = 0) -> int:
    return x * factor + offset


def describe(n: int, verbose: bool = False) -> int:
    if verbose:
        print("n is", n)
    return n + 1


def evens(n: int) -> List[int]:
    out: List[int] = []
    for i in range(0, n, 2):
        out.append(i)
    return out
