# range(...) passed to a generator function that only loops over that parameter: the loops
# iterate the range, its bounds evaluated once at the call, as CPython's range object holds them.
def evens(nums, label="n"):
    print("start", label)
    for n in nums:
        if n % 2 == 0:
            yield n
    for n in nums:
        if n > 7:
            yield -n


def pairs(xs, ys):
    for x in xs:
        for y in ys:
            yield (x, y)


lo, hi = 3, 10
print(list(evens(range(lo, hi), label="a")))
lo = 100
for e in evens(nums=range(4)):
    print(e)
print(sum(evens(range(0, 20, 3))), list(pairs(range(2), range(1, 3))))
words = ["a", "b"]
print(list(pairs(words, range(2))))
