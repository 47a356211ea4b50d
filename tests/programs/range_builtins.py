# sum, min, max, any, all and sorted of a range: the range's values in order, as a for loop takes them.
n = 10
print(sum(range(n)), sum(range(1, n, 3)), sum(range(5, 0, -1)), sum(range(0)))
print(min(range(3, 9)), max(range(3, 9)), max(range(10, 0, -3)), min(range(-5, 5, 2)))
print(max(range(0), default=-1), min(range(2, 2), default=7), max(range(n), key=lambda v: (v * 7) % 10))
print(any(range(1)), any(range(2)), all(range(1, 4)), all(range(0, 4)), all(range(0)), any(range(0)))
print(sorted(range(5), reverse=True), sorted(range(-3, 3), key=abs), sorted(range(4)))
print(list(range(3)), tuple(range(3)), sum(x for x in range(4)))
s = 0
for k in range(3):
    s += sum(range(k))
print(s)
def total(n):
    return sum(range(1, n + 1))
print(total(100), min(range(7, -7, -2)), max(range(-3, 3), key=lambda v: v * v))
