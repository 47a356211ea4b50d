# error: 3:8: error: ModuleNotFoundError: No module named 'math' (kilopy looks for math.py in the program's folder, stdlib_micro/ and each --path DIR)
# an import of a module that is not on the search path (CPython's math is not kilopy's).
import math
print(1)
