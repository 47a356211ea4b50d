# import collections: collections.Counter, collections.defaultdict and collections.deque are the builtins
# that `from collections import ...` binds.
import collections

words = "the cat and the dog and the bird".split()
counts = collections.Counter(words)
print(counts.most_common(2))
groups = collections.defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
window = collections.deque()
for i in range(6):
    window.append(i)
    if len(window) > 3:
        window.popleft()
print(window, sum(window))


def tally(xs):
    c = collections.Counter()
    for x in xs:
        c[x % 3] += 1
    return c


print(tally([n * n for n in range(10)]))

