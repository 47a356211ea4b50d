# error: 7:15: error: a StopIteration raised in the generator pairs() becomes CPython's RuntimeError (generator raised StopIteration), which kilopy, inlining generators, does not make: give next() a default (next(it, None)), or catch StopIteration inside it
# A StopIteration leaving a generator is CPython's RuntimeError (PEP 479): kilopy refuses the
# generator, where the consumer's `except StopIteration` would catch it instead.
def pairs(rows):
    for row in rows:
        it = iter(row)
        yield next(it)


try:
    for x in pairs([[1], []]):
        print(x)
except StopIteration:
    print("stop")
except RuntimeError:
    print("runtime")
