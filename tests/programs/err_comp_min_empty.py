# ValueError: max() arg is an empty sequence, from a generator expression that yields nothing.
xs = [4, -2, 7]
print(max(x for x in xs if x > 0), min(x for x in xs if x > 0))
print(max(x for x in xs if x > 100))
