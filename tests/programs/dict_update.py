# d.update(other): other's items in its order (new keys last, known keys keep their place).
d = {1: 2, 3: 4}
e = {3: 30, 5: 50}
d.update(e)
print(d, e)
d.update(d)
print(d, len(d))
m = {}
m.update({1: [1, 2]})
m[1].append(3)
print(m)
big = {}
for i in range(3):
    big.update({i: i * i})
big.update({})
print(len(big), big[2])
