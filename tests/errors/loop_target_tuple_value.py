# error: 4:5: error: a for loop over enumerate() or zip() yields tuples, which kilopy cannot keep in a variable: unpack them (for i, x in enumerate(xs))
# a for loop over zip() must unpack its tuples: kilopy has no tuple values.
xs = [1, 2]
for pair in zip(xs, xs):
    print(1)
