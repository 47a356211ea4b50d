# error: 4:7: error: printing a list[dict[str, set[int]]] is not supported in kilopy (its sets would follow CPython's hash table order): print its elements one by one, a set as sorted(s)
# a set inside a list of dicts prints in CPython's hash order.
rows = [{"s": {3, 1}}]
print(rows)
