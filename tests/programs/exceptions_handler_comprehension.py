# Comprehensions and generator expressions inside except, else and finally blocks (they were
# lowered only in a try's body).


class RangeError(Exception):
    def __init__(self, lo, hi):
        super().__init__(f"out of range {lo}..{hi}")
        self.lo = lo
        self.hi = hi


def check(v):
    if v > 9:
        raise RangeError(0, 9)
    return v


for v in (3, 12):
    try:
        check(v)
    except RangeError as e:
        print([e.lo + i for i in range(3)], sum(x * e.hi for x in range(4)))
        print([str(e) for _ in range(2)])
    else:
        print({k: k * v for k in range(3)})
    finally:
        print(max(abs(v - t) for t in [1, 5, 20]))

try:
    int("x")
except ValueError as e:
    print([len(w) for w in str(e).split()])
