# error: 3:1: error: kilopy takes only defaultdict from collections, as `from collections import defaultdict` (count with a defaultdict(int) in place of a Counter; a deque is a list, append() and pop(0))
# collections.Counter is refused, naming what kilopy takes from collections.
from collections import Counter

c = Counter("abca")
