# OverflowError: signed char is greater than maximum.
from array import array

w = array('b', [0] * 3)
w[0] = 127
print(w)
w[1] += 128
