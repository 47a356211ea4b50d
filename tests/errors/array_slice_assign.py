# error: 5:1: error: slice assignment to an array is not supported in kilopy (store its elements one by one)
# slice assignment to an array.
from array import array
a = array('b', [2, 1])
a[0:1] = array('b', [5])
