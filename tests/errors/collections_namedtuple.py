# error: 3:1: error: kilopy takes only defaultdict, Counter and deque from collections, without `as` (`from collections import defaultdict, Counter, deque`); for a namedtuple, write a @dataclass (from dataclasses import dataclass)
# collections.namedtuple is refused, naming what kilopy takes from collections.
from collections import namedtuple

Point = namedtuple("Point", "x y")
