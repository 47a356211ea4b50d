# min()/max() with key= and default=: the default where the sequence is empty.
words = ["pear", "fig", "banana"]
print(max(words, key=len, default=""), min(words, key=lambda w: w[-1], default="none"))
empty = [w for w in words if len(w) > 10]
print(max(empty, key=len, default="nothing"), min(empty, key=len, default=None))
best = max([3, 1, 2], key=lambda v: -v, default=0)
fallback = -1
print(best, max([v for v in [5, 6] if v > 9], key=lambda v: v % 3, default=fallback))


def longest(xs):
    w = max(xs, key=len, default=None)
    if w is None:
        return "(none)"
    return w


print(longest(words), longest([]))
