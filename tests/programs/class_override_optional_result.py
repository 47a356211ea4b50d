# Overrides whose results are an int in one class and an int or None in another: the call
# through the base class is an int or None, every override's int boxed (a raw int was read as
# a Box, or the reverse). Also a str and a str or None.
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
