# error: 6:9: error: TypeError: sequence index must be integer, not 'slice' (a deque has no slices): slice list(q), or use a list
# A deque has no slices (CPython raises TypeError): refused.
from collections import deque

q = deque([1, 2, 3])
print(q[1:])
