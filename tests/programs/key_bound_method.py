# key= a bound method (key=self.score, key=order.index) as CPython: each element's key is
# obj.method(element).
class Ranker:
    def __init__(self, weights):
        self.weights = weights

    def score(self, item):
        return self.weights[item % len(self.weights)] * item

    def order(self, items):
        items.sort(key=self.score)
        return items

    def best(self, items):
        return max(items, key=self.score), min(items, key=self.score)


r = Ranker([3, -1, 2])
print(r.order([5, 1, 4, 2]), r.best([5, 1, 4, 2]))
order = ["c", "a", "b"]
print(sorted(["a", "b", "c", "a"], key=order.index))
ages = {"ann": 30, "bob": 25, "cy": 35}
print(sorted(ages, key=ages.get), max(ages, key=ages.get))
