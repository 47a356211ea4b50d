# error: 7:14: error: a StopIteration raised in map()'s or filter()'s function ends them in CPython, which kilopy, inlining them, does not do: give next() a default (next(it, None)), or catch StopIteration in the function
# map()'s function raising StopIteration ends the map in CPython; kilopy refuses it.
def first(xs):
    return next(iter(xs))


for v in map(first, [[1], [], [2]]):
    print(v)
print("end")
