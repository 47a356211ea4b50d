# A value from an inlined callee is a zero divisor in the caller: ZeroDivisionError on the
# caller's line, after the output before it.

def low(v):
    return v & 3


def ratio(a, b):
    return a // low(b)


print(ratio(10, 6), ratio(7, 5))
print(ratio(9, 8))
