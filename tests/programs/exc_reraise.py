# A bare raise in a handler raises the handled exception again: its class (caught by an outer
# handler of it or of a class above it) and its message; a nested try's handler raises its own.
class E(Exception):
    pass


class F(E):
    pass


def g(n):
    try:
        if n:
            raise F(f"deep {n}")
        raise E
    except E:
        print("g sees", n)
        raise


def h(k):
    d = {"a": 1}
    try:
        return d[k]
    except LookupError:
        print("missing")
        raise


for n in range(2):
    try:
        g(n)
    except F as e:
        print("F:", e)
    except E:
        print("E")
try:
    h("b")
except KeyError:
    print("outer KeyError")
try:
    assert 1 > 2, "nope"
except AssertionError:
    try:
        raise E("inner")
    except E as e:
        print("inner", e)
    print("handled")
try:
    raise ValueError("vv")
except Exception:
    print("re")
    raise
