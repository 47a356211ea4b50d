# A dict returned by a function, indexed by str (or tuple) keys where the function is called:
# inference learns the result's type only after it reads the index.
def train(samples):
    counts = {}
    totals = {}
    for label, x in samples:
        totals[label] = totals.get(label, 0) + 1
        counts[label] = counts.get(label, 0) + x
    return counts, totals


def table():
    return {(0, 1): 5, (1, 1): 7}


counts, totals = train([("yes", 3), ("no", 4), ("yes", 10)])
print(counts["yes"], totals["no"], counts)
print(table()[(1, 1)], table()[0, 1])
t = table()
t[(2, 2)] = t[(0, 1)] + 1
print(t)
