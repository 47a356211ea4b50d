# error: 4:1: error: 'tuple' object does not support item assignment
# an element of a tuple cannot be updated in place (TypeError in CPython).
t = tuple([1, 2])
t[0] += 1
