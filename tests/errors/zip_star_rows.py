# error: 4:5: error: zip(*rows) is supported in kilopy only as a for loop's iterable (for col in zip(*rows)), in a comprehension and in list(), sorted(), sum(), min(), max(), any() and all()
# zip(*rows) kept as a value: an iterator is no value in kilopy.
rows = [[1, 2], [3, 4]]
z = zip(*rows)
