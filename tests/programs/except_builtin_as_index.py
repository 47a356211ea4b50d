# `except E as e` of a built-in class: str(e) of the VM's IndexError is CPython's text (the
# sequence's kind: list, tuple, array, str; an assignment; pop()).
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
