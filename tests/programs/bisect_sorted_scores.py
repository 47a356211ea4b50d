# bisect (stdlib_micro/_kilopy_bisect.py; CPython's own under python3): a sorted leaderboard kept
# with insort, grades looked up with bisect, a range count with bisect_left/bisect_right.
import bisect
from bisect import bisect_left, bisect_right, insort

scores = []
for s in [72, 95, 60, 88, 72, 100, 45, 88]:
    insort(scores, s)
print(scores)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect_right(scores, 88) - bisect_left(scores, 72), bisect_left(scores, 1000))
names = []
for n in ["kim", "ann", "zoe", "bob"]:
    bisect.insort_left(names, n)
print(names, bisect.bisect_left(names, "bob"))
pairs = []
for p in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
    bisect.insort_right(pairs, p)
print(pairs)
try:
    bisect_left(scores, 5, -2)
except ValueError as e:
    print("error:", e)
