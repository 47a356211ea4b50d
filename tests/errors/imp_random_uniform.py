# error: 3:20: error: ImportError: cannot import name 'uniform' from 'random' (kilopy has no floats: draw an int instead, e.g. random.randrange(10) == 0 for a 10% chance)
# random.uniform gives a float: kilopy's random module has only the int functions.
from random import uniform
print(uniform(1, 2))
