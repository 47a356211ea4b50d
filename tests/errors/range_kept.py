# error: 7:13: error: range() is only supported as the iterable of a for loop or a comprehension and as the argument of list(), sum() and the like in kilopy: write list(range(...)) to keep its items
# range() passed to a function (random.sample(range(100), 5)) is refused with list(range(...)).
def first(xs):
    return xs[0]


print(first(range(10)))
