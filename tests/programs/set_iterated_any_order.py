# A set iterated where no order changes the result: a set comprehension, set(s), any(), all(),
# min(), max() and sorted() without a key, sum(1 for ...), their parts calling nothing.
s = {3, 1, 2, 40, -5}
t = {"bee", "a", "cc"}
print(sorted(s), len(s), max(s), min(t), sum(s))
print(sorted(x * 2 for x in s))
print(any(x > 2 for x in s), all(x < 100 for x in s), any(w == "zz" for w in t))
print(min(x - 1 for x in s), max((x, -x) for x in s), max(x for x in s if x < 3))
common = s & {1, 2, 5, 40}
print(sum(1 for k in common), sum(1 for k in s if k > 1))
evens = {x for x in s if x % 2 == 0} if False else {x for x in s if x > 0}
print(sorted(evens), len({w + "!" for w in t}))
pairs = {(a, b) for a in s for b in t if a > 0}
print(len(pairs), sorted(pairs)[:3])
print(max(len(w) for w in ["x"]), min((x for x in s), default=99), max((x for x in set()), default=-1))
cp = set(s)
cp.add(7)
print(sorted(cp), sorted(s))
s = {3, -4, 12}
print(all(x > -10 for x in s), any(x < -3 for x in s), sum(1 for x in s if x > -5))
