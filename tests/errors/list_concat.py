# error: 4:9: error: can only concatenate list (not "array.array") to list
# + between a list and an array is refused, as CPython's TypeError.
from array import array
a = [1] + array('b', [2])
