# a function defined twice: each call at module level calls the def bound at that moment, as
# in CPython; calls inside functions that run after the last def call the last one.
def f():
    return 1


def twice():
    return f() * 2


print(f())
total = 0
for i in range(3):
    total += f()
print(total)


def f():
    return 10


print(f())


def f(n=100):
    return n


print(f(), f(5), twice())
