# error: 10:9: error: both operands may be None here ('a' and 'b' are ints or None), which kilopy does not support: write int(x) for one of them
# both operands of + may be None (CPython's message would name both types).
def first(xs):
    for x in xs:
        return x
    return None

a = first([1])
b = first([2])
print(a + b)
