# Exception classes of the program derived from built-in ones: `except` of the built-in class
# (or an ancestor) catches them, str(e) and type(e).__name__, subclasses of those, and fields.
class ConfigError(ValueError):
    pass


class MissingField(ConfigError):
    pass


class RangeError(ArithmeticError):
    pass


class Slot(LookupError):
    def __init__(self, index):
        super().__init__("no slot " + str(index))
        self.index = index


def parse(text):
    if text == "":
        raise MissingField("empty field")
    if not text.isdigit():
        raise ConfigError("not a number: " + text)
    n = int(text)
    if n > 100:
        raise RangeError("too big: " + str(n))
    if n == 0:
        raise Slot(n)
    return n


for t in ["12", "", "x7", "500", "0", "7"]:
    try:
        print("ok", parse(t))
    except ValueError as e:
        print("value error:", e, type(e).__name__)
    except ArithmeticError as e:
        print("arith:", e)
    except LookupError as e:
        print("lookup:", e)

for t in ["", "abc", "300", "0"]:
    try:
        parse(t)
    except MissingField:
        print("missing")
    except ConfigError as e:
        print("config", e)
    except Exception as e:
        print("other", type(e).__name__, e)

try:
    parse("0")
except Slot as s:
    print("slot", s.index, s)

try:
    int("zz")
except ConfigError:
    print("wrong")
except ValueError as e:
    print("builtin", e)

parse("x")
