# max, min and sorted of a dict's str keys by its values (key=d.get, a lambda), and max() of an
# empty dict: CPython's ValueError.
w = {"pear": 1, "apple": 2, "fig": 2, "kiwi": 0}
print(max(w, key=w.get), min(w, key=w.get), sorted(w, key=lambda k: w[k]), min(w, default="x"))
w.clear()
try:
    print(max(w))
except ValueError as err:
    print(err)
