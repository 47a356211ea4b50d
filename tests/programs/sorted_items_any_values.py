# sorted(d.items()) orders by the keys alone (they differ), so the values may be of any type:
# lists, dicts, objects, tuples holding lists.
class Stat:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Stat(" + str(self.n) + ")"


groups = {2: [1, 2], 1: [3], 5: []}
print(sorted(groups.items()))
for k, v in sorted(groups.items(), reverse=True):
    print(k, v, len(v))
nested = {"b": {"x": 1}, "a": {"y": 2}}
print(sorted(nested.items()))
stats = {"mse": Stat(4), "acc": Stat(90)}
for name, s in sorted(stats.items()):
    print(name, s, s.n)
records = {12: ([1], "p"), 5: ([2, 3], "q")}
print(sorted(records.items(), reverse=True))
words = {"zeta": "last", "alpha": "first", "mid": "middle"}
print(sorted(words.items()))
