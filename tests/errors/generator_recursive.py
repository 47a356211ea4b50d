# error: 5:18: error: generator walk consumes itself: kilopy inlines a generator into the loop that consumes it, so a generator cannot be recursive; build a list instead
# a generator that consumes itself.
def walk(n):
    if n > 0:
        for v in walk(n - 1):
            yield v
    yield n
for v in walk(2):
    print(v)
