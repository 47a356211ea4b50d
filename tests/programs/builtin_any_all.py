# any() and all() over lists of ints, bools and lists, arrays, and empty ones.
from array import array

print(any([0, 0, 3]), all([1, 2, 0]), any([0, 0]), all([-1, 5]))
print(any([False, True]), all([True, True]), any([False]), all([False]))
empty = [0] * 0
print(any(empty), all(empty))
ll = [[], [0], [1, 2]]
print(any(ll), all(ll), any([[0]]), all([[5], [0]]), any([[0] * 0, [0] * 0]))
ll.pop(0)
print(all(ll))
a = array('b', [0, -1, 0])
h = array('h', [3, 2, 1])
print(any(a), all(a), any(h), all(h), any(array('B', [0] * 0)), all(array('B', [0] * 0)))
xs = []
for i in range(5):
    xs.append(i * i > 3)
print(xs, any(xs), all(xs))


def check(v):
    return all(v) and not any([0])


print(check([1, 2]), check([1, 0]))
