# A class constant given by an int expression of the constants above it in the class body and of
# module constants (LOW = FULL // 4): its value when the class statement runs.
N = 10


class Cfg:
    FULL = 100
    LOW = FULL // 4
    MID = (FULL + LOW) // 2
    NEG = -FULL * 2
    SCALE = N * 3
    NAME = "cfg"

    def level(self, x):
        if x < self.LOW:
            return "low"
        return "mid" if x < Cfg.MID else "high"


c = Cfg()
print(Cfg.LOW, Cfg.MID, Cfg.NEG, Cfg.SCALE, c.level(10), c.level(50), c.level(90), c.LOW)
