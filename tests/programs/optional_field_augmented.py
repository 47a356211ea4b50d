# a field that starts as None and is then an int: self.mean += incr after the None test (an EWMA anomaly detector)
class EWMA:
    def __init__(self, alpha_num=1, alpha_den=8):
        self.num = alpha_num
        self.den = alpha_den
        self.mean = None
        self.var = 0

    def update(self, x):
        if self.mean is None:
            self.mean = x
            return 0
        diff = x - self.mean
        incr = diff * self.num // self.den
        self.mean += incr
        self.var = (self.den - self.num) * (self.var + diff * incr) // self.den
        return diff

det = EWMA()
stream = [10, 11, 9, 10, 12, 30, 10, 9, 11, 10, -5, 10]
for t, x in enumerate(stream):
    d = det.update(x)
    flag = "ANOMALY" if d * d > 4 * det.var and t > 3 else ""
    print(t, x, det.mean, det.var, flag)
