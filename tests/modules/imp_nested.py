"""Functions with nested defs, local lambdas and comprehensions, in an imported module."""
total = 0


def helper(v):
    return v * 100


def outer(x):
    def helper(v):  # a nested def named like the module's: the nested one is called here
        return x + v

    return helper(1)


def sort_desc(xs):
    key = lambda v: -v
    return sorted(xs, key=key)


def add_all(xs):
    def add(v):
        global total
        total += v

    for v in xs:
        add(v)
    return total


def squares(xs):
    return [v * v for v in xs if v != helper(0)]
