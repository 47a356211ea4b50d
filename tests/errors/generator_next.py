# error: 6:11: error: generator count is used here other than as the iterable of a for loop or a comprehension: kilopy inlines a generator into the loop that consumes it; write `for v in count(...):`, `[v for v in count(...)]` or `sum(v for v in count(...))`
# next() of a generator.
def count(n):
    for i in range(n):
        yield i
print(sum(count(3)))
