# A str index that may be None, None: the str's TypeError.
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


xs = [4, 5, 6]
k = find(xs, 6)
print("abc"[k])
k = find(xs, 7)
print("abc"[k])
