# Counter.update(xs) and .subtract(xs): each element counted (or each count of a dict or
# Counter added), a new key going last, as CPython's Counter.
from collections import Counter
words = "the cat and the hat and the bat".split()
c = Counter()
c.update(words)
print(c)
c.update(["cat", "dog"])
c.subtract(["the"])
print(c, sum(c.values()))
d = Counter("abca")
d.update(c)
print(d.most_common(3))
class Stats:
    def __init__(self):
        self.counts = Counter()
    def feed(self, xs):
        self.counts.update(xs)
s = Stats()
s.feed("hello")
s.feed("world")
print(s.counts)
e = Counter()
for line in ["a b", "b c"]:
    e.update(line.split())
print(e)
