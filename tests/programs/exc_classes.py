# try/except with user exception classes deriving from each other, except (A, B), else, an
# uncaught raise through two frames (its traceback names the class and the message).
class AppError(Exception):
    pass


class BadInput(AppError):
    """a bad input"""


class TooBig(BadInput):
    pass


class Other(Exception):
    pass


def check(x):
    if x < 0:
        raise BadInput("negative")
    if x > 100:
        raise TooBig
    if x == 7:
        raise Other("seven") from None
    if x == 0:
        raise AppError
    return x * 2


def run(v):
    try:
        r = check(v)
    except TooBig:
        print(v, "too big")
    except (Other, BadInput):
        print(v, "other or bad input")
    except AppError:
        print(v, "app error")
    else:
        print(v, "ok", r)
        return r
    return -1


total = 0
for v in [3, -1, 0, 7, 500, 2]:
    total += run(v)
print("total", total)

try:
    try:
        raise TooBig("inner")
    except Other:
        print("not here")
    print("not here either")
except AppError:
    print("outer caught a subclass")

try:
    raise Other("caught by bare except")
except:
    print("bare")
check(-5)
