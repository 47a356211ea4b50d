# kilopy: path=../modules
# Generators imported from a module, consumed in a method; a comprehension over a generator in a generator.
from imp_streams import upto
import imp_streams


class Acc:
    def __init__(self):
        self.total = 0

    def feed(self, n):
        for v in upto(n):
            self.total += v
        return [w * 2 for w in imp_streams.upto(n)]


def squares_of(xs):
    yield from [x * x for x in xs]


def rows():
    for r in range(3):
        yield [c for c in squares_of(list(range(r + 1)))]


a = Acc()
print(a.feed(10), a.total)
for row in rows():
    print(row)
