# Slice assignment (the list grows or shrinks) and del of elements and slices.
xs = [0, 1, 2, 3, 4]
b = xs
xs[1:3] = [7, 7, 7, 7]
print(xs, b)
xs[:2] = []
print(xs)
xs[len(xs):] = [8, 9]
print(xs)
xs[0:0] = [5]
print(xs)
xs[::2] = [0, 0, 0, 0]
print(xs)
xs[::-3] = [1, 1, 1]
print(xs)
xs[:] = xs
print(xs)
xs[1:1] = xs
print(xs, len(b))
xs[-2:] = xs[:2]
print(xs)
del xs[0]
del xs[-1]
print(xs)
del xs[1:4]
print(xs)
del xs[1:3]
print(xs)
del xs[:]
print(xs, b)
ys = [1, 2, 3, 4, 5, 6, 7]
del ys[5:0]
print(ys)
del ys[100:], ys[:0]
print(ys)
m = [[1], [2]]
m[1:] = [[3], [4]]
print(m)
ys[1::2] = [9]
