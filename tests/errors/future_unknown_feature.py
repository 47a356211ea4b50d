# error: 3:24: error: SyntaxError: future feature braces is not defined
# A __future__ feature Python does not have (CPython: SyntaxError).
from __future__ import braces
print(1)
