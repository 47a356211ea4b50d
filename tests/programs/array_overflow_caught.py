# An array element out of its typecode's range raises CPython's OverflowError, which except
# catches and finally sees. The last store is uncaught.
from array import array
B = array("B", [0])


def f():
    try:
        B[0] = -1
    finally:
        print("finally")


try:
    f()
except OverflowError:
    print("ovf")
try:
    c = array("B", [1, -2])
except OverflowError:
    print("ctor")
d = array("h", [7] * 2)
try:
    d[1] += 32760
except OverflowError:
    print("aug")
print(d)
try:
    q0 = array("b", [0])
    q0[0] = 128
except (OverflowError, ValueError):
    print("store")
q = array("b", [100])
q[0] = 300
