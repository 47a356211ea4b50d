# Lists are passed and returned by reference: mutation through any alias is visible.
def fill(lst, v):
    for i in range(len(lst)):
        lst[i] = v
    lst.append(v)


def make(n):
    r = []
    for i in range(n):
        r.append(i)
    return r


def first_and_last(lst):
    return lst[0], lst[-1]


a = make(4)
b = a
fill(b, 7)
print(a, b, a == b)
c = make(2)
print(c, a == c, c != a)
lo, hi = first_and_last(make(5))
print(lo, hi)
g = [1, 2, 3]


def bump():
    g.append(len(g) + 1)


bump()
bump()
print(g)
