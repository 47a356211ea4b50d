# error: 4:14: error: AttributeError: module 'random' has no attribute 'random' (kilopy has no floats: draw an int instead, e.g. random.randrange(10) == 0 for a 10% chance)
# random.random() gives a float: kilopy's random module has only the int functions.
import random
print(random.random())
