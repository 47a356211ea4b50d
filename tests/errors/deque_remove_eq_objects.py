# error: 13:5: error: remove() of a deque of J objects is not supported in kilopy (their class defines __eq__, which CPython would call for each element, and a deque's ValueError differs from a list's): loop over it and compare with ==
# deque.remove() of objects whose class defines __eq__ (a deque's ValueError is its own).
from collections import deque
class J:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return "J" + str(self.n)
q = deque([J(1), J(2)])
try:
    q.remove(J(9))
except ValueError as e:
    print(e)
try:
    q.index(J(9))
except ValueError as e:
    print(e)
