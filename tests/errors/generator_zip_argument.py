# error: 6:16: error: generator count is used here other than as the iterable of a for loop or a comprehension: kilopy inlines a generator into the loop that consumes it; write `for v in count(...):`, `[v for v in count(...)]` or `sum(v for v in count(...))`, or pass it to a generator that iterates it in one for loop
# zip() of a generator outside a loop's in (kilopy takes a generator only as the iterable of a loop or comprehension).
def count(n):
    for i in range(n):
        yield i
print(list(zip(count(3), [5, 6])))
