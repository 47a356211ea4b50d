# xs += [f()] where f binds xs to another list: CPython extends the list xs held and stores it
# back into xs (the other list is dropped); the same for a class attribute.
xs = [1]


def g():
    global xs
    xs = [9, 9]
    return 0


xs += [g()]
print(xs)


class A:
    items = [1]


def h():
    A.items = [7]
    return 2


A.items += [h()]
print(A.items)


class B:
    m = [2]


def f(A):  # a parameter named like a class is the parameter
    return A.m


print(f(B()))
