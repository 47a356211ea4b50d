# random.choice() and random.sample() of a range: drawn as of the list of its elements.
import random
from random import sample, choice
random.seed(5)
print(random.sample(range(100), 3), random.choice(range(5, 50, 5)))
print(sample(range(10), 4), choice(range(3)))
