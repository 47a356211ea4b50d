# error: 6:1: error: Counter.update() adds counts, which kilopy's Counter does not do: count in a loop, for x in xs: c[x] += 1
# Counter.update() adds counts (dict.update() replaces values): refused with the loop to write.
from collections import Counter

c = Counter("ab")
c.update("abc")
