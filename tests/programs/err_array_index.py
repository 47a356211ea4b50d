# IndexError: array index out of range.
from array import array

w = array('h', [1, 2])
print(w[-2])
print(w[2])
