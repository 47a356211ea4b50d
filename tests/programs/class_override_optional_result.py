# Overrides whose results are an int in one class and an int or None in another: the call
# through the base class is an int or None, every override's int boxed (a raw int was read as
# a Box, or the reverse). Also a str and a str or None, and a tuple and a tuple or None.
class Model:
    def predict(self, x):
        return x * 2

    def label(self, x):
        return "big" if x > 3 else "small"


class Abstaining(Model):
    def predict(self, x):
        if x < 0:
            return None
        return x + 1

    def label(self, x):
        if x == 0:
            return None
        return "pos" if x > 0 else "neg"


def report(m, x):
    p = m.predict(x)
    print(p, p is None, m.label(x))


for m in [Model(), Abstaining()]:
    for x in [-2, 0, 5]:
        report(m, x)


# A tuple in one override and a tuple or None in another: every override returns a record
# (a tuple that may be None is one), none its registers.
class Pairs:
    def get(self, c):
        if c:
            return (c, c)
        return None


class Fixed(Pairs):
    def get(self, c):
        return (3, 4)


class Maybe(Pairs):
    def get(self, c):
        return (c, 0) if c > 1 else None


def show(o, c):
    t = o.get(c)
    print(t, t is None, t[0] + t[1] if t is not None else -1)


for o in [Pairs(), Fixed(), Maybe()]:
    for c in [0, 1, 2]:
        show(o, c)


# Overrides returning self: an object of the class or a subclass (no None anywhere).
class Fit:
    def fit(self):
        return self


class FitMore(Fit):
    def fit(self):
        return self


for m in [Fit(), FitMore()]:
    fitted = m.fit()
    print(type(fitted).__name__, fitted is m)
