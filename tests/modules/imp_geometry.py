"""Module-level code that runs once, a function nothing calls (dropped), a __main__ block."""
import imp_counter

UNIT = 10
calls = 0


def area(w, h):
    global calls
    calls += 1
    return w * h * UNIT


def total(w):  # takes a list; nothing that imports this module calls it, so it is dropped
    return sum(w) + len(w)


def scaled(x):
    return imp_counter.bump(x) * UNIT


print("imp_geometry runs once, UNIT =", UNIT)

if __name__ == "__main__":
    print("not when imported", total([1, 2]))
else:
    print("imported")
