# list(range(...)): a new list of the range's ints, every sign of step, empty ranges, extremes.
n = 5
xs = list(range(n))
xs.append(9)
print(xs, list(range(2, 9, 3)), list(range(10, -3, -4)), list(range(0)), list(range(3, 1)))
print(list(range(-3, 3)), list(range(n, 0, -1)), list(range(-n)), list(range(1, 2, 100)))
print(list(range(-32768, -32760, 3)), list(range(32767, 32760, -2)), list(range(32760, 32767, 2)))
print(len(list(range(40))), sum(list(range(1, 11)), 0), sorted(list(range(3)), reverse=True))
idx = list(range(4))
idx[0] = idx[3]
print(idx, list(range(True)), list(range(-32767, 32767, 16384)))


def evens(k):
    return list(range(0, 2 * k, 2))


print(evens(3), evens(0), evens(1) == [0])
