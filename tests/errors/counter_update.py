# error: 6:8: error: Counter.update() is supported in kilopy as a statement of its own, c.update(xs) with c a name or a field of one and xs one iterable or dict: count in a loop, for x in xs: c[x] += 1
# Counter.update() inside an expression (kilopy takes it as a statement of its own, c.update(xs)).
from collections import Counter

c = Counter("ab")
done = c.update("abc")
print(done)
