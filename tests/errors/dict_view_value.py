# error: 4:5: error: d.items() is only supported as the iterable of a for loop in kilopy (and as the argument of list(), sorted(), sum(), min(), max(), any(), all() and set()): write list(d.items())
# a dict view kept as a value (it would be a live view object).
d = {1: 2}
v = d.items()
