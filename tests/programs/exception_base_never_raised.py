# An exception base class with __init__ that the program never raises itself: only subclasses
# (one inheriting __init__, one with its own) are raised, and handlers catch the base.
class AppError(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg
        self.size = len(msg)


class Warn(AppError):
    pass


class Fatal(AppError):
    def __init__(self, code):
        super().__init__("fatal " + str(code))
        self.code = code


def check(k):
    if k == 1:
        raise Warn("oops")
    if k == 2:
        raise Fatal(7)
    return k


for k in range(3):
    try:
        print(check(k))
    except AppError as e:
        print(type(e).__name__, e.msg, e.size, e)
class Base(Exception):
    def __init__(self):
        super().__init__("base text")
        self.level = 1


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.level = 3


for k in range(3):
    try:
        if k == 0:
            raise Mid
        if k == 1:
            raise Leaf
        raise Leaf()
    except Base as e:
        print(k, e.level, e, type(e).__name__)
