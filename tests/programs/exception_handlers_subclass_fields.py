# Handlers that bind a base exception class and a subclass (`except Err as e`, `except Sub as s`):
# each name holds its own class's objects, so s.extra reads the subclass's field (the subclass's
# global was copied from the base's, typed as the base, and s.extra was refused).
class Err(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Sub(Err):
    def __init__(self, code, extra):
        super().__init__(code)
        self.extra = extra


class Deep(Sub):
    def __init__(self, code):
        super().__init__(code, "deep")
        self.level = 3


def fail(kind):
    if kind == 0:
        raise Err(1)
    if kind == 1:
        raise Sub(7, "x")
    raise Deep(9)


try:
    fail(0)
except Err as e:
    print("got", e.code, e)
try:
    fail(1)
except Sub as s:
    print("handled", s.extra, s.code, s)
for kind in range(3):
    try:
        fail(kind)
    except Deep as d:
        print("deep", d.level, d.extra, d.code)
    except Sub as s:
        print("sub", s.extra, s.code)
    except Err as e:
        print("err", e.code)
