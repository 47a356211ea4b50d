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
print(f"{collect(0)} and {collect(1)}")
rows = None
rows = [[1, 2], [3]]
print(rows, rows[0][1])
