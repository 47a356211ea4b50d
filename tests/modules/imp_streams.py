# A module of generators for tests/programs/generator_module.py.
LIMIT = 3


def upto(n):
    i = 0
    while i < min(n, LIMIT):
        yield i
        i += 1
