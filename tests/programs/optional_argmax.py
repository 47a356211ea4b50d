# An int or None (best = None, then an int): argmax as users write it, and a running minimum.
def argmax(xs):
    best = None
    best_i = -1
    for i, x in enumerate(xs):
        if best is None or x > best:
            best = x
            best_i = i
    return best_i


def smallest(xs):
    low = None
    for x in xs:
        if low is None or x < low:
            low = x
    return low


print(argmax([3, 9, 2, 9, 4]), argmax([]), argmax([-5]), argmax([-3, -1, -2]))
print(smallest([4, -2, 7]), smallest([]), smallest([0]))
low = smallest([5, 3])
print(low is None, low is not None, low == 3, low != 3, low == None)
