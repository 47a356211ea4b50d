# A run-time error raised again keeps the value its message names: a KeyError's key, int()'s text.
def f(d, k):
    try:
        return d[k]
    except KeyError:
        print("missing")
        raise


def g(s):
    try:
        return int(s)
    finally:
        print("g done")


print(g("12"))
try:
    f({1: 2}, 5)
except KeyError:
    print("again")
try:
    g("x1")
except ValueError:
    print("bad int")
def h(d, k):
    try:
        return d[k]
    except KeyError:
        raise


h({"a": 1}, "b'c")
