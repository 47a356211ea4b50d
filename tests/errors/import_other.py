# error: 3:1: error: kilopy supports the array module only as `from array import array`
# from array, only array itself can be imported.
from array import zeros
