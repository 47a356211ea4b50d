# Default parameter values (int, negative int, bool, None) used and overridden positionally.
def scale(x, factor=2, offset=0):
    return x * factor + offset

def show(x, loud=False):
    if loud:
        print("X =", x)
    else:
        print(x)

def maybe(x, marker=None):
    if marker is None:
        return x
    return -x

def shift(x, by=-1):
    return x + by

print(scale(5), scale(5, 3), scale(5, 3, 1), scale(-5, -1, -1))
show(7)
show(8, True)
show(9, False)
print(maybe(4), maybe(4, None))
print(shift(10), shift(10, 5))
