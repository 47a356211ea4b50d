# error: 4:11: error: kilopy's arrays have the typecodes 'b', 'B' and 'h'
# only the typecodes b, B and h.
from array import array
a = array("i", [1])
