# Set operators | & - ^ and their in-place forms |= &= -= ^=, on sets of ints, strs, tuples and bools.
def ints_and_aliases():
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b), len(a | b))
    print(a | b == {1, 2, 3, 4, 5}, (a & b) == {3, 4}, a - a == set(), len(a ^ a), sorted(a | a))
    c = a
    c |= {10}
    print(sorted(a), c == a)
    c &= {1, 10, 99}
    print(sorted(a))
    c -= {1}
    print(sorted(a))
    c ^= {10, 20}
    print(sorted(a))
    c ^= c
    print(len(a), a == set())
ints_and_aliases()
def strs_tuples_empty():
    x = {"b", "a"}
    y = {"c", "a"}
    print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y), "a" in x & y, "b" in x - y)
    p = {(1, 2), (3, 4)}
    q = {(3, 4), (5, 6)}
    print(len(p | q), (3, 4) in p & q, (1, 2) in p - q, (5, 6) in p ^ q, (3, 4) in p ^ q)
    s = set()
    s |= {3}
    print(sorted(s))
    t = set()
    for i in range(20):
        t = t | {i % 7}
        t = t - {i % 5}
    print(sorted(t))
    u = {True}
    print(sorted(u | {False}), u & {True} == {True})
strs_tuples_empty()
def common(xs, ys):
    return set(xs) & set(ys)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(common([1, 2, 3, 2], [2, 3, 4])), sum(common([5, 6], [6])), max(a | b | {100}))
def in_place_and_loops():
    w = {1, 2}
    w |= w
    w -= w
    print(len(w))
    seen = set()
    dups = set()
    for v in [1, 2, 3, 2, 1, 4, 1]:
        if v in seen:
            dups |= {v}
        seen |= {v}
    print(sorted(dups), sorted(seen - dups), bool(seen & {9}), not (seen & {4}))
in_place_and_loops()
def ranges():
    big = set(range(8))
    odd = {v for v in range(11) if v % 2}
    print(len(big & odd), len(big | odd), len(big - odd), len(big ^ odd), sum(odd - big))
ranges()
def many_temporaries():
    acc = {0}
    keep = set(range(6))
    for i in range(40):
        acc = (acc | {i % 7, (i * 3) % 5}) - {i % 4}
        acc ^= {i % 3}
        acc &= keep
    print(sorted(acc), len(acc))
many_temporaries()
def f(s):
    s -= {1}
    return len(s)
g = {1, 2, 3}
print(f(g), sorted(g))
