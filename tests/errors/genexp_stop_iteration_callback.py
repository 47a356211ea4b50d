# error: 11:16: error: a StopIteration raised in a generator expression becomes CPython's RuntimeError (generator raised StopIteration), which kilopy, inlining generators, does not make: give next() a default (next(it, None)), or catch StopIteration inside it
# A function that may raise StopIteration is also a value (a callback): a call through a
# parameter in a generator expression may be it, which CPython would turn into RuntimeError.
def check(v):
    if v > 2:
        raise StopIteration
    return v


def total(items, fn):
    return sum(fn(x) for x in items)


try:
    print(total([0, 1, 2, 3, 4], check))
except StopIteration:
    print("stop leaked")
