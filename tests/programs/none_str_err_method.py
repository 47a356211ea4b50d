# A str or None used while it is None: a method (AttributeError), len() (TypeError), indexing (uncaught TypeError).
def pick(xs, k):
    for x in xs:
        if x.startswith(k):
            return x
    return None


w = pick(["ab", "cd"], "c")
print(w, w.upper())
try:
    v = pick(["ab"], "z")
    print(v.upper())
except AttributeError as e:
    print("caught:", e)
try:
    v = pick(["ab"], "z")
    print(len(v))
except TypeError as e:
    print("caught:", e)
v = pick([], "a")
print("about to index")
print(v[0])
