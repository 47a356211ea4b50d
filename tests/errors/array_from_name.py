# error: 5:16: error: kilopy creates an array from a list literal or [v] * n
# an array is made from a list literal or [v] * n.
from array import array
x = [1, 2]
a = array("b", x)
