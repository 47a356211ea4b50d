# The run-time errors kilopy raises where CPython does, caught by their classes and by the
# classes above them in CPython's hierarchy (LookupError, ArithmeticError, Exception).
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def get(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def first(xs):
    try:
        return xs[0]
    except LookupError:
        return -2


print(safe_div(7, 2), safe_div(7, 0), 7 % 3)
d = {1: 10, 2: 20}
print(get(d, 1), get(d, 3))
print(first([5, 6]), first([]))
for n in [3, 0, -1]:
    try:
        print(100 % n)
        print(1 << n)
    except ArithmeticError:
        print("arithmetic", n)
    except ValueError:
        print("value", n)
try:
    assert len(d) == 3, "three keys"
except AssertionError:
    print("assert")
count = 0
while True:
    try:
        count += 1
        if count == 4:
            print([1][count])
    except IndexError:
        break
print("count", count)
