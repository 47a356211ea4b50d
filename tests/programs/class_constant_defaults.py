# Parameter defaults naming class constants: C.NAME anywhere below the class, and NAME alone in
# a method of the class (its body's names are in scope there, before the module's).
RATE = 1
STEP = 3


class Cfg:
    RATE = 4
    STEP = 8

    def scaled(self, r=RATE, s=STEP):
        return r * s


class Other:
    def rate(self, r=RATE, c=Cfg.RATE):
        return r, c


def f(r=Cfg.RATE, s=-Cfg.STEP + RATE):
    return r * 2 + s


print(f(), f(1), Cfg().scaled(), Cfg().scaled(3), Other().rate(), STEP)
