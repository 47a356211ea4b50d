# d.get(k) and d.pop(k, None) of an item key in a program whose classes define special methods:
# the key's type is known before the call is expanded (an object's item would run __getitem__).
class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
def look(d, keys, i):
    return d.get(keys[i]), d.pop(keys[i], None)
print(look({1: 10, 2: 20}, [2, 3, 1], 0), V(1) == V(1))
