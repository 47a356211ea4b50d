# divmod() as a tuple value anywhere: printed, compared, indexed, in lists and calls.
def digits(n, base):
    out = []
    while n > 0:
        out.append(divmod(n, base)[1])
        n = divmod(n, base)[0]
    return out


a, b = 47, -5
print(divmod(a, b), divmod(-a, 6), divmod(0, 3), divmod(True, 1))
pairs = [divmod(x, 4) for x in range(-5, 6, 3)]
print(pairs, divmod(9, 4) == (2, 1), divmod(9, 4) < (2, 2))
print(digits(1234, 10), len(divmod(3, 2)))
q, r = divmod(a, 7)
print(q, r, divmod(a, b)[0] * b + divmod(a, b)[1] == a)
print(divmod(a, 0))
