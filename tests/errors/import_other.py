# error: 3:1: error: import is not supported: a kilopy program is a single file
# the only import is from array import array.
from array import zeros
