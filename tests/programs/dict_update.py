# d.update(other) and d.update(k=v): other's items in its order, then the keywords (str keys).
d = {1: 2, 3: 4}
e = {3: 30, 5: 50}
d.update(e)
print(d, e)
d.update(d)
print(d, len(d))
names = {"a": 1}
names.update(b=2, a=3)
print(names)
names.update({"z": 26}, c=3)
print(names)
m = {}
m.update({1: [1, 2]})
m[1].append(3)
print(m)
big = {}
for i in range(20):
    big.update({i: i * i})
print(len(big), big[19])
empty = {}
names.update(empty)
print(names)
