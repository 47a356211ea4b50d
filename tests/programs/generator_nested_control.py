# Generators with while/for loops, else clauses, continue and return, consumed by loops that
# break, continue, return and nest (also inside a while loop).


def g(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
        for j in range(i):
            if j == 3:
                return
            yield i, j
        else:
            yield -i, 0
    else:
        yield 100, 100
    print("g end")


for a, b in g(3):
    print(a, b)
print("--")
for a, b in g(9):
    if a < 0:
        continue
    print(a, b)
else:
    print("else")
print("--")
k = 0
while k < 3:
    k += 1
    for a, b in g(k):
        if a == 3:
            break
        print(k, a, b)
    else:
        print("inner else", k)
        continue
    print("broke", k)
    break


def h(xs):
    for x in xs:
        if x:
            yield x
        else:
            return


def f(rows):
    out = []
    for r in rows:
        for v in h(r):
            if v == 5:
                return out
            if v > 5:
                break
            out.append(v)
        else:
            out.append(0)
    return out


print(f([[1, 2], [3, 0, 9], [7, 1], [4, 5, 6]]))
print(f([[1], [2, 3]]))
total = 0
for a, b in g(4):
    for c in h([a, b, 0, 7]):
        total += c
        if total > 20:
            break
    else:
        total += 1000
print(total)
