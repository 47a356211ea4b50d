# kilopy: overflow16
# An inlined callee whose result overflows in its caller: the OverflowError (at 16 bits) is
# raised by the caller's own line, as in CPython, never inside the inlined code.

def top(v):
    return max(v, 32000)


def twice(v):
    return top(v) + top(v)


print(top(5), top(32767))
print("sum", top(1) - top(2) + 1)
print(twice(3))
