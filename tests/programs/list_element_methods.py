# Methods and len() on a list element whose index is a global, a local, a constant or an
# expression, at the module level and in a function (m[i].append(v), m[i][j] += d, ...).
m = [[1], [2, 3], [4, 5, 6]]
i = 0
j = 1
k = 2
m[i].append(7)
m[j].pop()
m[k].insert(0, 8)
m[j][0] += 10
m[k][j] -= 1
m[i + 1].append(len(m[i]))
m[k - j].insert(j, m[i][0])
print(m, len(m[i]), len(m[k]))
print(m[i].pop(), m[0].pop(0), len(m[j + 1]))
g = [[[1], [2]], [[3]]]
g[i][j].append(9)
g[j][i].append(g[i][j].pop())
g[1][0][i] *= 5
print(g, len(g[i][j]))


def f(n):
    t = [[0], [0, 0]]
    for a in range(n):
        t[a % 2].append(a)
        t[j].insert(0, len(t[i]))
        t[a % 2][0] += a
    g[k - 2][0].append(t[j].pop())
    return len(t[0]) + len(t[1])


print(f(5), m[j].pop(i), g)


def h():
    m[i].append(m[j].pop())
    m[j].insert(i, k)
    m[k][j] += i + 1
    return m[i].pop(i)


print(h(), m)
