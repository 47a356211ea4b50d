# error: 5:17: error: kilopy's defaultdict takes one of int, str, bool, list and set as its default factory: defaultdict(int), defaultdict(list)
# defaultdict's factory is one of int, str, bool, list and set: a lambda is refused.
from collections import defaultdict

d = defaultdict(lambda: 0)
