# The ValueError and RuntimeError of list and dict operations, caught as CPython catches them.
d = {1: 10, 2: 20}
try:
    xs = [1, 2, 3]
    xs.remove(9)
except Exception:
    print("remove")
try:
    e = [5]
    e.pop()
    print(min(e))
except ValueError:
    print("empty min")
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError:
    print("dict changed size")
