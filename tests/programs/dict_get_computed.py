# d.get(k), d.get(k, None) and d.pop(k, None) whose dict or key is computed: each evaluated
# once, in CPython's order (the dict, then the key).
calls = []


def key(k):
    calls.append(k)
    return k


class Memo:
    def __init__(self):
        self.seen = {}
        self.tables = [{"a": "A"}, {}]

    def fib(self, n):
        got = self.seen.get(n)
        if got is not None:
            return got
        r = n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
        self.seen[n] = r
        return r

    def look(self, i, k):
        return self.tables[i].get(k.lower())


d = {1: 2, 3: 4}
print(d.get(key(1)), d.get(key(5)), d.pop(key(3), None), d.pop(key(3), None), d, calls)
m = Memo()
print(m.fib(20), len(m.seen), m.look(0, "A"), m.look(1, "A"), m.look(0, "b"))
words = "The cat saw the Dog and the dog ran".split()
first = {}
for i, w in enumerate(words):
    if first.get(w.lower()) is None:
        first[w.lower()] = i
print(first)
groups = {3: ["cat"], 4: ["dogs"]}
for w in ["emu", "ox", "lion"]:
    g = groups.get(len(w))
    print(w, g if g is not None else [], groups.pop(len(w) + 1, None))
