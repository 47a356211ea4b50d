# divmod(a, b) unpacked and returned: floor semantics for every sign, bools, expressions.
def split(n, d):
    return divmod(n, d)


for a in range(-7, 8, 3):
    for b in [-3, -2, -1, 1, 2, 3]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
q, r = divmod(True, 2)
print(q, r)
x = 100
q, r = divmod(x * 3 + 1, -7)
print(q, r)
lo, hi = split(-32768, 256)
print(lo, hi)
lo, hi = split(32767, -1)
print(lo, hi)
w = [17, 5]
q, r = divmod(w[0], w[1])
print(q, r)
q, q2 = divmod(q, 2)  # the arguments are read before either target is set
print(q, q2)
q, r = divmod(0, -5)
print(q, r)
