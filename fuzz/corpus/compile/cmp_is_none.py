# `is None` / `is not None` on None values, on results of functions returning None, and on ints.
def nothing():
    pass

def explicit():
    return None

def value(x):
    return x * 2

r = nothing()
print(r)
print(r is None, r is not None)
e = explicit()
print(e is None, e is not None, e)
k = value(4)
print(k, k is None, k is not None)
z = None
if z is None:
    print("z is None")
else:
    print("z is set")
if nothing() is not None:
    print("wrong")
else:
    print("nothing() is None")
print(None, None is None)
