# Many short-lived tuples in the default 1024-byte arena: the collector reclaims them.
def step(p, i):
    return (p[1], (p[0] + p[1] + i) % 1000)


p = (0, 1)
hist = [(0, 0)] * 4
for i in range(3000):
    p = step(p, i)
    hist[i % 4] = (i, p[1])
print(p, hist)
