# enumerate(xs, start) consumed by list/sorted/max/sum, and sep.join() of reversed(), d.keys() and a generator
xs = [5, 3, 8]
words = ["b", "a", "c"]
print(list(enumerate(xs, 1)), list(enumerate(xs)), sorted(enumerate(xs, 10), key=lambda p: p[1]))
print("-".join(reversed(words)), ",".join(sorted(words)), "+".join(w for w in words))
d = {"x": 1, "y": 2}
print("/".join(d.keys()), max(enumerate(xs, 1)), sum(i * x for i, x in enumerate(xs, 2)))
print(list(enumerate(words, -1)))
pairs = list(zip(words, xs))
print(pairs, ";".join(a for a, _ in pairs))
