# stdlib_micro/random.py: kilopy's random (the LFSR), the same numbers under python3 with
# stdlib_micro/ on its path; every function and both import forms.
import random
from random import randint, choice, shuffle

random.seed(42)
print(random.getrandbits(8), random.getrandbits(0), random.getrandbits(15))
print(random.randrange(10), random.randrange(5, 15), random.randrange(20, 0, -3), random.randrange(-9, 9, 4))
xs = [1, 2, 3, 4, 5, 6, 7]
shuffle(xs)
print(xs, choice(xs), randint(1, 6), randint(-3, 3), randint(5, 5))
random.seed(-7)
counts = [0] * 6
for _ in range(300):
    counts[randint(1, 6) - 1] += 1
print(counts, sum(counts))
hits = 0
for _ in range(200):
    if random.randrange(10) == 0:
        hits += 1
print(hits)
random.seed(42)
print(random.getrandbits(8))
one = [9]
shuffle(one)
print(one, choice(one), random.randrange(1))
print(randint(0, -1))
