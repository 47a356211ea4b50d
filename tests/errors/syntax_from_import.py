# error: 3:6: error: kilopy has no module 'statistics' (CPython's is not in the subset): compute with sum(xs) // len(xs), min(xs), max(xs) and sorted(xs)
# a from-import of a module of CPython's that kilopy lacks: the message says what to use instead.
from statistics import mean
print(1)
