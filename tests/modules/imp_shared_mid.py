"""Imports a module the program imported first."""
import random
import imp_shared_low


def size():
    return imp_shared_low.SIZE + random.randint(0, 0)
