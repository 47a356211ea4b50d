# error: 3:1: error: kilopy takes only defaultdict and Counter from collections, without `as` (`from collections import defaultdict, Counter`); a deque is a list, append() and pop(0)
# collections.deque is refused, naming what kilopy takes from collections.
from collections import deque

q = deque([1, 2])
