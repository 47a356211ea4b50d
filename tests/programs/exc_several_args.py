# raise E(a, b, ...) with several arguments: str(e) is the text of the args tuple (CPython's),
# printed, formatted and in the traceback; raise E and raise E() give an empty str(e).
class ConvergenceError(Exception):
    pass
def f(k):
    if k == 0:
        raise ValueError("bad value", 3)
    if k == 1:
        raise ConvergenceError("loss", k, None, True, [1, 2])
    if k == 2:
        raise ValueError
    if k == 3:
        raise ConvergenceError()
    if k == 4:
        raise ConvergenceError("it's", "a\n")
    raise TypeError("x",)
for k in range(6):
    try:
        f(k)
    except Exception as e:
        print(k, e, str(e) == "", f"[{e}]", "%s|" % e)
        t = str(e)
        print(len(t))
raise ConvergenceError("stop", 42)
