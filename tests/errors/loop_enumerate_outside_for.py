# error: 4:9: error: enumerate() is only supported as the iterable of a for loop or a comprehension and as the argument of list(), sorted() and the like in kilopy: write list(enumerate(...)) to keep its items
# enumerate() and zip() make no values: only a for loop or a comprehension iterates them.
xs = [1, 2]
pairs = enumerate(xs)
print(1)
