# a module whose functions take keyword arguments (tests/programs/func_kwargs_module.py)
def scaled(x, factor=2, *, offset=0):
    return x * factor + offset


def describe(n, verbose=False):
    if verbose:
        print("n is", n)
    return n + 1
