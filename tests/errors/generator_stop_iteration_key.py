# error: 8:23: error: a StopIteration raised in the generator gen() becomes CPython's RuntimeError (generator raised StopIteration), which kilopy, inlining generators, does not make: give next() a default (next(it, None)), or catch StopIteration inside it
# A function that may raise StopIteration, passed as a key in a generator, is refused there too.
def bad(x):
    if x == 0:
        raise StopIteration
    return x
def gen(ls):
    yield max(ls, key=bad)
try:
    for v in gen([1, 0]):
        print(v)
except RuntimeError:
    print("RE")
except StopIteration:
    print("SI")
