# A field that is a dict or None (self.cache = None until first use): a method called on it while
# it is still None raises CPython's AttributeError naming the method.
class Memo:
    def __init__(self):
        self.cache = None

    def warm(self):
        self.cache = {0: 0}

    def get(self, k):
        return self.cache.get(k, -1)


m = Memo()
m.warm()
print(m.get(0), m.get(5), m.cache)
cold = Memo()
print(cold.cache)
print(cold.get(1))
print("unreachable")
