# A lambda passed by keyword to a function of the program (key=, fn=, ...), as by position.


def apply_all(xs, fn=None):
    return [fn(x) for x in xs]


def best(xs, key=None):
    top = xs[0]
    for x in xs[1:]:
        if key(x) > key(top):
            top = x
    return top


def ignore(x, key=0):
    return x


print(apply_all([1, 2, 3], fn=lambda v: v * 10))
print(best(["pear", "fig", "banana"], key=lambda w: len(w)))
print(best([3, -7, 5], key=lambda v: v * v))
print(ignore(3, key=lambda v: v + 1))
print(sorted(["b", "a", "c"], key=lambda s: s), max([1, 5, 2], key=lambda v: -v))
