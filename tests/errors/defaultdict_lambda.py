# error: 5:25: error: kilopy's defaultdict takes int, str, bool, list, set, dict or Counter as its default factory, or a lambda returning what one makes (lambda: defaultdict(int)); no initial items: defaultdict(int), defaultdict(list)
# defaultdict's lambda factory returns what a named factory makes (0, "", [], ...): lambda: 1 is refused.
from collections import defaultdict

d = defaultdict(lambda: 1)
