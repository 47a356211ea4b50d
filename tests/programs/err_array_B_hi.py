# OverflowError: unsigned byte integer is greater than maximum.
from array import array

w = array('B', [255])
print(w)
w[0] = 256
