# error: 5:6: error: can only extend array with array (not "list")
# array += list (CPython: TypeError).
from array import array
a = array('b', [2, 1])
a += [3]
