# random.sample: k distinct positions of a list, a new list; the population is left as it was.
import random

random.seed(7)
xs = [10, 20, 30, 40, 50]
s = random.sample(xs, 3)
print(s, xs, len(set(s)) == 3, all(v in xs for v in s))
print(random.sample(xs, 0), sorted(random.sample(xs, 5)) == sorted(xs))
for k in range(4):
    print(random.sample([1, 2, 3, 4, 5, 6], 2))
try:
    random.sample(xs, 6)
except AssertionError as e:
    print("AssertionError:", e)
