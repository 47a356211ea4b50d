# error: 3:5: error: name 'array' is not defined
# array needs from array import array.
a = array("b", [1])
