# error: 3:8: error: kilopy has no module 'numpy' (CPython's is not in the subset): use lists or array('h', ...) of ints, and stdlib_micro/fixed.py for fixed point
# numpy, as training scripts import it.
import numpy as np
print(1)
