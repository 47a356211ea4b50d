# A list or None: result = None, then a list built on demand; a parameter that defaults to None.
result = None
for i in range(5):
    if i % 2 == 0:
        if result is None:
            result = []
        result.append(i * i)
print(result, len(result))
total = 0
for x in result:
    total += x
print(total, result[1:], result[-1])


def collect(n, into=None):
    if into is None:
        into = []
    for i in range(n):
        into.append(i)
    return into


print(collect(3))
mine = [9]
print(collect(2, mine), mine)


def evens(xs):
    out = None
    for x in xs:
        if x % 2 == 0:
            if out is None:
                out = [x]
            else:
                out.append(x)
    return out


print(evens([1, 3]), evens([1, 2, 4]))
e = evens([6, 7, 8])
if e is not None:
    e.sort(reverse=True)
    print(e, sum(e) if e else 0)
print(f"{evens([5])} and {evens([10])}")
rows = None
rows = [[1, 2], [3]]
print(rows, rows[0][1])
