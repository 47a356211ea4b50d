"""A function that fails at run time: the traceback names this file."""


def divide(a, b):
    return a // b
