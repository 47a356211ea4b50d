# type(e).__name__ in a handler of one class without subclasses: the class's name.
class AppError(Exception):
    pass


class ParseError(AppError):
    pass


def parse(tok):
    if not tok.isdigit():
        raise ParseError(f"not a number: {tok!r}")
    return int(tok)


for tok in ["12", "x3", "4"]:
    try:
        print(parse(tok))
    except ParseError as e:
        print(type(e).__name__, e, f"{type(e).__name__}: {e}")
        name = type(e).__name__
        print(len(name), name.upper())
try:
    [1][5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    int("zz")
except ValueError as err:
    print(f"{type(err).__name__}({str(err)!r})")
