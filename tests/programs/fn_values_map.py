# map(f, xs) and filter(f, xs) in list, sum, min, max, any, all and sorted, and as what a for
# loop iterates over (nested too): each call of f is a direct call, at the point CPython makes it.
def relu(x):
    return x if x > 0 else 0


def pos(x):
    return x > 0


xs = [3, -1, 4, -5]
print(list(map(relu, xs)), sum(map(relu, xs)), list(filter(pos, xs)), max(map(lambda v: v * v, xs)), sorted(map(relu, xs)))
for y in map(lambda v: v + 1, xs):
    print(y, end=" ")
    if y > 3:
        break
else:
    print("none")
for i, y in map(lambda v: (v, v * 2), filter(pos, xs)):
    print(i, y)
for y in filter(pos, xs):
    if y == 3:
        continue
    print(y)
print(any(map(pos, xs)), all(filter(pos, xs)))
