# print() of lists, tuples and dicts holding objects shows each object with its class's
# __repr__, as CPython's repr() of the container does: nested, empty, None among them.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P"
ps = [P(1), P(2)]
print(ps)
print([ps, ps[:0]], (ps[0],), (P(4), 5, "s"), [(P(5), True)], ps[:0])
d = {1: P(3)}
print(d, {"a": [P(6)], "b": ps[:0]}, {True: P(7)}, {(1, 2): P(8)})
del d[1]
print(d)
xs = [P(1), None, P(2)]
xs[0] = None
print(xs, (None, P(9)), sep=" | ", end="!\n")
