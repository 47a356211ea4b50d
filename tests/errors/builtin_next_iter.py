# error: 4:7: error: kilopy has no next() (iterators are not values in kilopy): take the first key or element with a for loop and break, or xs[0] when it cannot be empty
# next(iter(d)): the first key of a dict, StopIteration when it is empty.
d = {3: 4, 1: 2}
print(next(iter(d)))
