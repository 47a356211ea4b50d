# sorted() of lists of lists: lexicographic, shorter first on a tie, stable (aliases tell).
a = [1, 2]
b = [1, 2]
ll = [[3], a, [1], [0] * 0, [1, 2, 0], b, [-5, 9], [1, 1, 7]]
s = sorted(ll)
print(s)
print(sorted(ll, reverse=True))
a.append(5)
print(s, sorted([[True], [False, True], [False]]))
ll = sorted(ll)
ll[4].append(-1)
print(a, b, ll)
print(sorted([[0] * 0, [0] * 0]), sorted([[5]] * 3, reverse=True))
