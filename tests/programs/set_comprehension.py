# Set comprehensions and set(iterable): set(xs), set of a generator or a list comprehension,
# of a dict (its keys), a str's characters, range, and a filter; used through len, in,
# sorted and ==, as the order of a set's elements is CPython's hash order.
xs = [3, 1, 3, 4, 1, 9]
print(sorted(set(xs)), len(set(xs)))
s = {x % 3 for x in xs if x > 1}
print(sorted(s), 1 in s, 2 in s)
t = set(x * 2 for x in xs)
print(len(t), sorted(t), 18 in t)
print(sorted(set([x * x for x in range(-3, 4)])))
d = {5: 1, 2: 2, 7: 3}
keys = set(d)
print(sorted(keys), keys == {2, 5, 7})
letters = set("hello")
print(len(letters), "l" in letters, "z" in letters)
seen = set(range(4))
seen.add(10)
print(sorted(seen), len({n % 4 for n in sorted(seen) if n % 2 == 0}))
words = ["on", "off", "on", "idle"]
print(len(set(words)), set(w for w in words if w != "idle") == set(["off", "on"]))
