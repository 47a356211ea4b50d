# divmod() of arguments that call functions or hold comprehensions: each evaluated once, in order.
x = -17
q, r = divmod(abs(x), 7)
print(q, r)
print(divmod(abs(x), 5))
t = divmod(len("abcdefg"), 3)
print(t)
for v in [3, 9]:
    a, b = divmod(max(v, 4), 2)
    print(a, b)
calls = []
def val(v):
    calls.append(v)
    return v
print(divmod(val(23), val(5)), [divmod(abs(v), 4) for v in [-9, 7]], calls)
q, r = divmod(sum(v for v in [10, 20, 3]), 7)
print(q, r)
