# error: 6:5: error: generator count is used here other than as the iterable of a for loop or a comprehension: kilopy inlines a generator into the loop that consumes it; write `for v in count(...):`, `[v for v in count(...)]` or `sum(v for v in count(...))`, or pass it to a generator that iterates it in one for loop
# a generator kept in a variable (kilopy inlines generators into the loops that consume them).
def count(n):
    for i in range(n):
        yield i
g = count(3)
