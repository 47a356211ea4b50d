"""Imported by the program and by imp_shared_mid and imp_shared_top: one body, run once."""
import random

SIZE = 3
print("imp_shared_low loaded")


def roll():
    return random.randint(1, 6)
