# A function whose calls give its parameters types that only go together call by call: each
# call is typed on its own (a copy of the function), as CPython runs each with its own values.
class A:
    def get(self, c):
        return c, c


class B(A):
    def get(self, c):
        if c:
            return c, 5
        return None, 0


def show(o):
    print(o.get(1), o.get(0))


show(A())
show(B())


class Node:
    def __init__(self):
        self.kids = {"a": 1}


def lookup(d, k):
    if k in d:
        return d[k]
    return -1


def key():
    return 1


root = Node()
print(lookup(root.kids, "a"), lookup(root.kids, "b"))
ids = {1: 10}
print(lookup(ids, key()), lookup(ids, key() + 1))
print(lookup({2: 3}, 2), lookup({"x": 5}, "x"))


# A call's result passed on before its function's returns are typed: typed by its returns, not
# by the parameter another call typed (show([1]); show(sq(2))).
def sq(x):
    return x * x


def show(x):
    print(x)


def twice(x):
    return (x, x)


show([1])
show(sq(2))
print(twice([1]))
print(twice(twice(2)))
