# error: 3:1: error: kilopy takes only defaultdict and Counter from collections, without `as` (`from collections import defaultdict, Counter`); a deque is a list, append() and pop(0); a namedtuple, a @dataclass (from dataclasses import dataclass)
# collections.deque is refused, naming what kilopy takes from collections.
from collections import deque

q = deque([1, 2])
