m = [[1]]
i = 0
m[i].append(2)
m[i][i] += 1


def f():
    m[i].insert(i, m[i].pop())
    return len(m[i])


print(f(), m)
