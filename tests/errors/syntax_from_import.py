# error: 3:6: error: ModuleNotFoundError: No module named 'math' (kilopy looks for math.py in the program's folder, stdlib_micro/ and each --path DIR)
# a from-import of a module that is not on the search path.
from math import gcd
print(1)
