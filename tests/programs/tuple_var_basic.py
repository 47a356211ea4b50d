# tuple(xs), tuple(generator), tuple(range(n)): a tuple[T, ...] whose length is known only at run time.
xs = [3, 1, 2]
t = tuple(xs)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[5:])
e = tuple(xs[:0])
print(e, len(e), bool(e), not e)
print(tuple(x * 2 for x in xs if x > 2), tuple(range(4)), tuple(range(0)))
for v in t:
    print(v, v in t, v + 5 in t)
a, b, c = t
print(a, b, c, t.index(1), t.count(2))
print(sum(t), min(t), max(t), any(t), all(e), list(t), sorted(t), sorted(t, reverse=True))
print(tuple(t), tuple((1, 2, 3)), tuple([True, False]), tuple({5: 1, 4: 2}))
ws = ["pear", "fig", "apple"]
key = tuple(sorted(ws))
print(key, "-".join(key), key == ("apple", "fig", "pear"), "fig" in key)
print(*t)
print(f"{t}", t, key)
