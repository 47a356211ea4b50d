# str(e) as CPython gives it: the argument of super().__init__(...), '' without one, the
# arguments' tuple with several; a class with methods and no __init__ takes one message.
class Empty(Exception):
    def __init__(self, code):
        super().__init__()
        self.code = code


class Pair(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = len(b) + a


class Count(Exception):
    def __init__(self, n):
        super().__init__(n)
        self.n = n


class Named(Exception):
    def tag(self):
        return "named"


class Flag(Exception):
    def __init__(self, on):
        super().__init__(on)
        self.on = on


def go(k):
    if k == 0:
        raise Empty(4)
    if k == 1:
        raise Pair(3, "x")
    if k == 2:
        raise Count(12)
    if k == 3:
        raise Named("a message")
    if k == 4:
        raise Named
    if k == 5:
        raise Named()
    if k == 6:
        raise Flag(True) from None


for k in range(7):
    try:
        go(k)
    except Empty as e:
        print("empty", repr(str(e)), e.code)
    except Pair as e:
        print("pair", e, e.total)
    except Count as e:
        print("count", e, e.n + 1)
    except Named as e:
        print("named", repr(str(e)), e.tag())
    except Flag as e:
        print("flag", e, e.on)
go(1)
