# error: 4:1: error: 'tuple' object does not support item assignment
# t[i] += x of a tuple held in a dict: tuples are immutable.
d = {1: (2, 3)}
d[1][0] += 1
print(d)
