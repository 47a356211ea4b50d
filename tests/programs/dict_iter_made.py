# A loop over a dict that a call makes (d.copy(), a function's result) iterates that dict: the
# copy idiom changes the original freely, and a function's dict is made once (the compiler
# took every dict-typed call for a view d.keys()/values()/items(): it looped over d itself,
# and crashed on f()).
from collections import Counter

def f():
    return {3: 4, 1: 2}


d = {5: 6}
print(f(), len(f()), sorted(f()), list(f()), sum(f().values()), max(f()), 3 in f(), 9 in f())
print([k for k in f()], {k: v * 2 for k, v in f().items()}, dict(d), f().copy())
for k, v in f().items():
    print(k, v)
for k in f().keys():
    print(k)
for k in d.copy().keys():
    d[k + 1] = 0
print(d, any(f()), all(f()), min(f().values()), tuple(f()), len(set(f())))
for i, k in enumerate(f()):
    print(i, k)
for k, w in zip(f(), d):
    print(k, w)

scores = {"a": 1, "b": 0, "c": 3}
kept = scores.copy()
scores["z"] = 9
for name in scores.copy():
    if scores[name] == 0:
        del scores[name]
print(kept, scores)
c = Counter("abca")
for ch in c.copy():
    c[ch.upper()] += 1
print(sorted(c.items()))
def f():
    return {3: 4, 1: 2}
d = {5: 6}
e = dict(f())
e[9] = 9
print(e, dict(d.copy()), dict(d.items()), dict(f().items()))
