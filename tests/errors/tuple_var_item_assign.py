# error: 4:1: error: 'tuple' object does not support item assignment
# a tuple's elements cannot be assigned (TypeError in CPython).
t = tuple([1, 2])
t[0] = 5
