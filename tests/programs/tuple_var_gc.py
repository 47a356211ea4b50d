# Many tuples built and dropped in a small arena: the collector reclaims them (strs inside too).
keep = []
acc = 0
for i in range(300):
    t = tuple(j + i for j in range(5))
    acc += sum(t) % 7
    u = t + tuple([i])
    if i % 50 == 0:
        keep.append(u[2:])
    ws = tuple(str(i + j) + "x" for j in range(3))
    if i % 100 == 0:
        print(ws, "|".join(ws))
print(acc, keep)
print(ws == tuple([str(299) + "x", str(300) + "x", str(301) + "x"]))
