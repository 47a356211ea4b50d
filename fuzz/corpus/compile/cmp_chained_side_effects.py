# Chained comparisons evaluate each middle operand exactly once and short-circuit left to right.
def v(x):
    print("eval", x)
    return x

print(v(1) < v(2) < v(3))
print("--")
print(v(1) < v(3) < v(2))
print("--")
print(v(3) < v(1) < v(2))
print("--")
print(v(1) <= v(1) == v(1) != v(2) > v(0) >= v(0))
print("--")
print(v(5) > v(4) > v(6) > v(1))
print("--")
if v(0) < v(10) <= v(10):
    print("inside")
print("--")
a = 4
print(1 < a < 5, 1 < a < 4, a == 4 == a, 0 <= a < 4)
