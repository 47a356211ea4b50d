# A tuple or None indexed while it is None: CPython's TypeError when it runs (caught, then not).
def first_pair(xs):
    for i in range(len(xs) - 1):
        if xs[i] == xs[i + 1]:
            return (i, xs[i])
    return None


p = first_pair([1, 2, 2])
print(p[0], p[1])
try:
    q = first_pair([1, 2])
    print(q[1])
except TypeError as e:
    print("caught:", e)
q = first_pair([3])
print("about to index")
print(q[0])
print("unreachable")
