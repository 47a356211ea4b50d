# Item reads, stores, appends and pops at the edges the host VM's inline path checks
# (vm/vm.cpp int_seq): first and last index, negative ones, appends up to and past each
# capacity, pops of the last element down to empty, a record's fields; then an IndexError
# one past the end.
xs = []
for i in range(20):
    xs.append(i * 3)
    print(len(xs), xs[-1], xs[0], xs[len(xs) - 1], xs[-len(xs)])
xs[-1] = 100
xs[0] = -7
xs[-20] = xs[-20] + 1
print(xs)
while len(xs) > 1:
    print(xs.pop(), end=" ")
print()
print(xs.pop(-1), xs)
xs.append(5)
print(xs.pop(0), xs)
ys = [1, 2, 3]
print(ys.pop(1), ys, ys.pop(-2), ys)


class P:
    def __init__(self):
        self.a = 1
        self.b = -2


p = P()
p.b = p.a + p.b * 3
print(p.a, p.b)
zs = [4, 5]
print(zs[-2], zs[1])
print(zs[2])
