# An array index that may be None, None: the array's TypeError, in a store.
from array import array
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


a = array("b", [4, 5, 6])
a[find([4, 5, 6], 4)] = 9
print(list(a))
a[find([4, 5, 6], 8)] = 9
