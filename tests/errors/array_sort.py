# error: 5:1: error: 'array.array' object has no attribute 'sort'
# arrays have no sort() in CPython.
from array import array
a = array('b', [2, 1])
a.sort()
