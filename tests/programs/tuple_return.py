# return a, b and x, y = f(): several values come back in registers.
def divmod2(a, b):
    return a // b, a % b


def stats(lst):
    return min(lst), max(lst), sum(lst)


q, r = divmod2(17, 5)
print(q, r)
q, r = divmod2(-17, 5)
print(q, r)
lo, hi, total = stats([4, -2, 9])
print(lo, hi, total)


def split(n):
    evens = []
    odds = []
    for i in range(n):
        if i % 2:
            odds.append(i)
        else:
            evens.append(i)
    return evens, odds


e, o = split(7)
print(e, o)
