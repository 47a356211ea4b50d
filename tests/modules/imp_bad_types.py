"""A type error inside a module: reported in this file."""


def flag(x):
    if x:
        return 1
    return False
