# error: 4:9: error: this would put None in a list of ints: a list of ints and None starts in kilopy as one of None ([None] * n, then xs[i] = 3) or as a display of both ([0, None]); or store a value the list never holds otherwise (-1)
# None stored in a list that started as one of ints.
xs = [0] * 3
xs[0] = None
print(xs)
