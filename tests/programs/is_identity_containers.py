# `is` and `is not` between two lists, dicts or sets: the same object, not equal contents
# (a @dataclass's __eq__ tests its list fields with `is` before ==, as CPython's does).
from dataclasses import dataclass


@dataclass
class Student:
    name: str
    scores: list


class Node:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return False


a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
d = {"x": [1]}
e = dict(d)
print(d is e, d is d, d["x"] is e["x"], d["x"] is not [1])
s = {1, 2}
t = s
t.add(3)
print(s is s, s is {1, 2}, s is not t, sorted(s))
grid = [[0] * 3 for _ in range(2)]
row = grid[0]
print(row is grid[0], row is grid[1])
if row is grid[1]:
    print("same")
else:
    print("different")
while row is not grid[1]:
    row = grid[1]
print(row is grid[1])
nodes = [Node(1)]
alias = nodes
print(nodes is alias, nodes is [Node(1)], nodes[0] == nodes[0])
marks = [90, 80]
s1 = Student("ann", marks)
s2 = Student("ann", marks)
s3 = Student("ann", [90, 80])
s4 = Student("ann", [90, 81])
print(s1 == s2, s1 == s3, s1 == s4, s1 is s2, s1.scores is s2.scores, s1.scores is s3.scores)
print(s1)
