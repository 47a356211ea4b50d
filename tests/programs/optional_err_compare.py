# An int or None compared with an int while it is None: CPython's TypeError at run time.
def largest(xs):
    best = None
    for x in xs:
        if x > best:
            best = x
    return best


print(largest([]))
print(largest([3, 1]))
