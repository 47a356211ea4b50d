# error: 4:6: error: kilopy has iter() only as next(iter(xs)) or next(iter(xs), default) (iterators are not values in kilopy): write the first element that way, or loop with for and break
# An iterator kept as a value (only next(iter(xs)) is lowered).
d = {3: 4, 1: 2}
it = iter(d)
print(next(it))
