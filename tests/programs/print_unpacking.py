# print(*xs): arguments unpacked, with sep= and end=, evaluated before anything prints (as CPython).
data = [3, 1, 4]
empty = []
flags = [True, False]
grid = [[1, 2], [3]]
def noisy(v):
    print("noisy", v)
    return v
print(*data)
print(*empty)
print(*empty, sep=", ")
print("w:", *data, sep=", ", end=" <\n")
print(*empty, *data, *empty, "z", sep="-")
print(*flags, *grid)
print(*range(3), *range(noisy(2), 0, -1))
print(noisy(1), *[noisy(x) for x in data], noisy(9))
print(*[x * x for x in data if x > 1], sep="")
for r in grid:
    print(*r)
