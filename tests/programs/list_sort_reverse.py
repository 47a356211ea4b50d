# sort(), sort(reverse=True), reverse(), clear() and copy().
xs = [5, -3, 9, 0, -3, 12, 5]
ys = xs.copy()
xs.sort()
print(xs, ys)
ys.sort(reverse=True)
print(ys)
ys.reverse()
print(ys, ys == xs)
bs = [True, False, True, False]
bs.sort()
print(bs)
bs.sort(reverse=True)
print(bs)
e = [0] * 0
e.sort()
e.reverse()
print(e)
one = [1]
one.reverse()
one.sort(reverse=False)
print(one)
alias = xs
xs.clear()
print(xs, alias, len(alias))
xs.append(4)
print(alias)
m = [[1], [2, 3]]
c = m.copy()
c[0].append(9)
c.append([0])
print(m, c)
m.reverse()
print(m, c)
m.clear()
print(m, c == m)
big = [-32768, 32767, 0, -1, 1]
big.sort()
print(big)
big.sort(reverse=True)
print(big)
