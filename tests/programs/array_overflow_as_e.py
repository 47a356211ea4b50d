# An array element out of its typecode's range, caught by handlers that read the exception:
# CPython's OverflowError texts, for a store, an augmented store, array() and array * n.
from array import array


def store(a, i, v):
    try:
        a[i] = v
        return "ok"
    except OverflowError as e:
        return "caught: " + str(e)


signed = array('b', [1, 2, 3])
unsigned = array('B', [1, 2, 3])
print(store(signed, 0, 127), store(signed, 0, 128), store(signed, 1, -128), store(signed, 1, -129))
print(store(unsigned, 0, 255), store(unsigned, 0, 256), store(unsigned, 1, 0), store(unsigned, 1, -1))
print(signed, unsigned)

for step in (100, 20, 10):
    try:
        signed[2] += step
        print("now", signed[2])
    except OverflowError as e:
        print(f"step {step}: {e}")

try:
    weights = array('b', [0, 50, 200])
except Exception as e:
    print("array():", e)
n = 3
try:
    zeros = array('B', [256]) * n
except OverflowError as e:
    print("fill:", e)
print(len(unsigned), unsigned)
