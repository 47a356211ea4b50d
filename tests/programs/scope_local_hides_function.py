# A parameter or local variable may have a function's name: inside that function the name is
# the variable (Python's scoping); elsewhere it is still the function. stdlib_micro's random
# has a parameter named step, which a program's own step() must not clash with.
import random


def step(x):
    return 1 if x >= 0 else 0


def scaled(step):
    return step * 2


def walk(n):
    total = 0
    for step in range(n):
        total += step
    return total


random.seed(7)
print(scaled(5), walk(4), step(-3), step(2))
print(random.randrange(0, 20, 5) % 5, [step(v) for v in (-1, 0, 1)])
