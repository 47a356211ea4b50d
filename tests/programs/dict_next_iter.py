# next(iter(xs)) and next(iter(xs), default): the first key of a dict (insertion order), of a
# list, of a str; an empty one raises StopIteration (caught here, then uncaught) or gives the default.
d = {5: "a", 2: "b"}
print(next(iter(d)))
votes = {3: 1}
first = next(iter(votes))
print(first, next(iter([7, 8])), next(iter("xy")))
e = {0: 0}
del e[0]
print(next(iter(e), -1))
rules = {}
for i in range(5):
    rules[i * 3] = i
    if len(rules) > 3:
        oldest = next(iter(rules))
        del rules[oldest]
print(rules)
def first_key(m):
    return next(iter(m))
print(first_key({9: 1, 1: 9}))
try:
    print(next(iter(e)))
except StopIteration:
    print("empty")
print(next(iter(e)))
