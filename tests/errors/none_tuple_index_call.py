# error: 11:12: error: kilopy tests 'best' (a tuple or None) for None before it evaluates this index, where CPython evaluates the index first: assign it to a name first
# an index with a call on a tuple or None (CPython calls it before the TypeError; kilopy would test first): refused.
def f():
    print("f runs")
    return 0


best = None
for v in [3]:
    best = (v, v)
print(best[f()])
