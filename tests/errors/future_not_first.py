# error: 4:1: error: SyntaxError: from __future__ imports must occur at the beginning of the file
# `from __future__` after another statement (CPython: SyntaxError).
import math
from __future__ import annotations
print(math.isqrt(9))
