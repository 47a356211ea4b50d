# Side effects in CPython's order: the arguments, then the generator's code up to its first
# yield when the loop asks for an item; keyword arguments and defaults; nested generators.


def note(tag, v):
    print("arg", tag)
    return v


def span(lo, hi, step=1, label="span"):
    print(label, "starts")
    i = lo
    while i < hi:
        yield i
        i += step
    print(label, "ends")


print("before")
for v in span(note("lo", 1), note("hi", 4)):
    print("v", v)
for v in span(hi=note("hi", 9), lo=note("lo", 2), step=3, label="kw"):
    print("kw", v)

count = 0


def ticks(n):
    global_seen = count
    for i in range(n):
        yield i + global_seen + count


for t in ticks(3):
    count += 10
    print("tick", t, count)


def outer(n):
    for i in span(0, n, label="inner"):
        for j in span(i, n, 2, "deep"):
            if j == 3:
                break
            yield i, j
        else:
            print("no three from", i)


for a, b in outer(4):
    if a == 2:
        continue
    print("pair", a, b)


def nothing():
    yield


for v in nothing():
    print(v)


def empty(n):
    if n < 0:
        yield n


for v in empty(3):
    print("never")
else:
    print("empty else")


def cells(rows):
    for r in rows:
        for c in r:
            if c < 0:
                return
            yield c


def scan(rows):
    found = []
    for c in cells(rows):
        if c == 0:
            continue
        found.append(c)
        if len(found) == 4:
            break
    else:
        found.append(99)
    return found


print(scan([[1, 0, 2], [3], [0, 4, 5]]))
print(scan([[1, 0], [2, -1, 7]]))
print(scan([[1], [2]]))
