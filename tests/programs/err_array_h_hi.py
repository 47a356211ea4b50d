# kilopy: overflow16
# OverflowError: signed short integer is greater than maximum (needs 32-bit ints to reach it).
from array import array

w = array('h', [32767])
print(w)
w[0] = 32768
