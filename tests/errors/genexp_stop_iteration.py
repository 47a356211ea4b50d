# error: 3:11: error: a StopIteration raised in a generator expression becomes CPython's RuntimeError (generator raised StopIteration), which kilopy, inlining generators, does not make: give next() a default (next(it, None)), or catch StopIteration inside it
# next() without a default in a generator expression's element is refused (PEP 479).
print(sum(next(iter(r)) for r in [[1], []]))
