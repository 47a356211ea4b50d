# An index that may be None, None: the list's TypeError.
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


xs = [4, 5, 6]
print(xs[find(xs, 5)])
print(xs[find(xs, 9)])
