# a function defined twice: each call at module level calls the def bound at that moment, as
# in CPython, and so does a recursive call in a def that a later one replaces; calls inside
# other functions that run after the last def call the last one.
def f():
    return 1


def twice():
    return f() * 2


def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(f(), fact(5))
total = 0
for i in range(3):
    total += f()
print(total)


def f():
    return 10


def fact(n):
    return 0 if n == 0 else n + fact(n - 1)


print(f(), fact(5))


def f(n=100):
    return n


print(f(), f(5), twice())
