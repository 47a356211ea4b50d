# A method of a class with __init__ takes an int or None argument (a loop over [3, None]), as a
# function does: the object's type is not known yet when the call is first typed.
class Reader:
    def __init__(self, base):
        self.base = base
        self.seen = 0

    def read(self, v):
        self.seen += 1
        if v is None:
            return self.base
        return v + self.base

    def describe(self, v, label="v"):
        return f"{label}={v}"


r = Reader(10)
for v in [3, None, -4]:
    print(r.read(v), r.describe(v), r.describe(v, label="x"))
print(r.seen)
