# Set methods with a set: union, intersection, difference, symmetric_difference, their _update forms, update (also of a list), issubset, issuperset, isdisjoint, copy; and the subset comparisons <=, <, >=, >.
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset(b), {2}.issubset(a), a.issuperset({1, 2}), a.issuperset(b), a.isdisjoint(b), a.isdisjoint({9}))
c = a.copy()
c.add(10)
print(sorted(a), sorted(c), c == a, a.copy() == a)
c.update(b)
print(sorted(c))
c.update([7, 8, 7])
print(sorted(c))
c.intersection_update({7, 8, 10, 11})
print(sorted(c))
c.difference_update({8})
print(sorted(c))
c.symmetric_difference_update({7, 9})
print(sorted(c))
r = c.update({1})
print(r, sorted(c))
w = {"a"}
w.update(["b", "c"])
print(sorted(w), w.issuperset({"a", "c"}))
e = set()
e.update([3, 1])
print(sorted(e))
t = set()
t.update({5})
print(sorted(t), len(t.copy()))
a = {1, 2}
b = {1, 2, 3}
e = set()
e.add(5)
e.discard(5)
print(a <= b, a < b, b <= a, b < a, a >= b, a > b, b >= a, b > a, a <= a, a < a, a >= a, a > a)
print(e <= a, e < a, a <= e, e >= e, e > e, {3} <= b, {4} <= b, {1, 4} < b)
if a < b:
    print("proper")
if not (b <= a):
    print("not sub")
c = a <= b <= {1, 2, 3, 4}
print(c, a < b < b, {"x"} < {"x", "y"}, {(1, 2)} <= {(1, 2), (3, 4)})
x = {1}
x = x <= b
print(x)
