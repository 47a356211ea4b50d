# OverflowError: unsigned byte integer is less than minimum.
from array import array

w = array('B', [0] * 2)
w[-1] = -1
