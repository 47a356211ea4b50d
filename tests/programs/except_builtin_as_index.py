# `except E as e` of a built-in class: str(e) of the VM's IndexError and KeyError is CPython's
# text (the sequence's kind, the key's repr).
from array import array

xs = [1, 2, 3]
for i in (1, 5):
    try:
        print(xs[i])
    except IndexError as e:
        print("index:", e)
try:
    xs[7] = 1
except LookupError as e:
    print(f"lookup: {e}")
t = (1, 2)
try:
    print(t[i])
except IndexError as e:
    print(str(e))
a = array('h', [1])
try:
    a[3] = 1
except IndexError as e:
    print(e)
ys = [0] * 0
try:
    ys.pop()
except IndexError as e:
    print(e)
try:
    xs.pop(10)
except IndexError as e:
    print(e)
try:
    print("ab"[3])
except IndexError as e:
    print(e)
d = {1: 2, 3: 4}
s = {"a": 1}
b = {True: 1}
for k in (1, 2):
    try:
        print(d[k])
    except KeyError as e:
        print("key", e, "!")
try:
    print(s["it's"])
except KeyError as e:
    print("key", e)
try:
    print(b[False])
except KeyError as e:
    print("key", e)
