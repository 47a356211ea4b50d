# A function whose loop's else returns (and whose loop has no break) cannot end without a return:
# its result is an int, never None.
def bucket(v, edges):
    for i, e in enumerate(edges):
        if v < e:
            return i
    else:
        return len(edges)


def first_even(xs):
    i = 0
    while i < len(xs):
        if xs[i] % 2 == 0:
            return xs[i]
        i += 1
    else:
        return -1


def search(xs, t):
    for x in xs:
        if x == t:
            break
    else:
        return -1
    return t * 10


edges = [10, 20, 30]
counts = [0] * (len(edges) + 1)
for v in [5, 15, 25, 35, 45, 12]:
    counts[bucket(v, edges)] += 1
print(counts, first_even([3, 5, 8]) + first_even([1]), search([1, 2], 2), search([1], 5))
