# A tuple index that may be None, None: the tuple's TypeError.
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


t = (4, 5, 6)
print(t[find([4, 5, 6], 4)])
print(t[find([4, 5, 6], 0)])
