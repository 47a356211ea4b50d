# raise A(...) if c else B(...): the condition first, then the one exception it picks.
class TooSmall(Exception):
    pass


class TooBig(Exception):
    pass


def check(v):
    if 0 <= v <= 10:
        return v
    raise TooSmall(f"{v} < 0") if v < 0 else TooBig(f"{v} > 10")


for v in [3, -2, 15]:
    try:
        print("ok", check(v))
    except (TooSmall, TooBig) as e:
        print(type(e).__name__, e)
raise ValueError("neg") if check(4) < 0 else KeyError("k")
