# OverflowError: signed char is less than minimum (at creation).
from array import array

print(array('b', [-128]))
w = array('b', [5, -129])
