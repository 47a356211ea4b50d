# Functions of this module kept in a dict: a value for tests/programs/fnvalue_module.py.
def double(x):
    return 2 * x


def half(x):
    return x // 2


TABLE = {"double": double, "half": half}
