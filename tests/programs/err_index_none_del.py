# A list store and a del with an index that may be None, None: the list's TypeError.
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


xs = [4, 5, 6]
xs[find(xs, 4)] = 1
del xs[find(xs, 6)]
print(xs)
del xs[find(xs, 6)]
