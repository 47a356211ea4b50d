# print(*gen): a generator expression unpacked into print() is taken whole, in its place among
# the arguments, as CPython does.

words = ["ab", "cde", "f"]
print(*(len(w) for w in words))
print("n:", *(w.upper() for w in words if len(w) > 1), sep=", ")
def g(x):
    print("g", x)
    return x
print(g(1), *(g(v) for v in range(2, 4)), g(9))
