# isinstance() with builtin types: decided by the value's static type (bool is an int), a value
# that may be None tested as `is not None` and narrowed by it; an object that may be None is not
# an instance of an unrelated class (nor is None).
from collections import Counter, defaultdict


class Node:
    def __init__(self, v):
        self.v = v


class Other:
    pass


def double(v=None):
    if isinstance(v, int):
        return v * 2
    return -1


def shout(s=None):
    if not isinstance(s, str):
        return "quiet"
    return s.upper() + "!"


def first(xs=None):
    return xs[0] if isinstance(xs, list) and len(xs) > 0 else 0


def find(n):
    return Node(n) if n > 0 else None


calls = []


def make(n):
    calls.append(n)
    return n


print(double(), double(21), shout(), shout("hey"), first(), first([7, 8]))
print(isinstance(3, int), isinstance(True, int), isinstance(3, bool), isinstance(False, bool))
print(isinstance("a", str), isinstance("a", int), isinstance(3, (str, int)), isinstance("b", (list, dict)))
xs = [1, 2]
t = (1, "a")
print(isinstance(xs, list), isinstance(xs, tuple), isinstance(t, tuple), isinstance(tuple(xs), tuple), isinstance(tuple(xs), list))
print(isinstance({1: 2}, dict), isinstance({1}, set), isinstance({1}, dict), isinstance(Counter("abca"), dict))
dd = defaultdict(int)
dd["k"] += 1
print(isinstance(dd, dict), isinstance(Node(1), int), isinstance(5, Node))
for n in (0, 3):
    x = find(n)
    print(n, isinstance(x, Other), isinstance(x, Node), isinstance(x, (Other, int)))
print(isinstance(make(4), int), isinstance(make(5), str), calls)
total = 0
for item in [3, None, 4]:
    if isinstance(item, int) and item > 3:
        total += item
print(total)
def val(k):
    print("val", k)
    return k * 2


def maybe(k):
    return None if k < 0 else k


ys = [1, 2]
print(isinstance(val(3), (int, float)), isinstance(val(4) + 1, (str, list)), isinstance(ys[0], (str, int)))
print(isinstance(3, float), isinstance("s", (float, str)), isinstance(maybe(-1), (int, float)), isinstance(maybe(2), (int, float)))
for k in [-1, 5]:
    m = maybe(k)
    if isinstance(m, (int, float)):
        print("number", m + 1)
    else:
        print("not a number")
