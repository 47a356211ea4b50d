# reversed() of a tuple: in for loops, comprehensions and the builtins that take an iterable.
t = (1, 2, 3)
for v in reversed(t):
    print(v)
print(list(reversed(t)), sum(reversed(t)), [x * 2 for x in reversed(t)], sorted(reversed((4, 1, 3))))


def backwards(u):
    return [x for x in reversed(u)]


print(backwards((5, 6)), backwards((7, 8)))
names = ("a", "bb", "ccc")
for i, n in enumerate(reversed(names)):
    print(i, n)
for a, b in reversed(((1, 2), (3, 4))):
    print(a + b)
print(tuple(reversed(t)), max(reversed(t)), any(x > 2 for x in reversed(t)))
w = tuple([1, 2, 3, 4])
print(list(reversed(w)))
