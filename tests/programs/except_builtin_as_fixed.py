# `except E as e` of a built-in class: str(e) of run-time errors whose text is fixed (unpacking,
# a dict changed during a loop, split(""), chr(), range(), a slice step, pow()) is CPython's.
def pair(xs):
    a, b = xs
    return a + b


for xs in ([1, 2], [1], [1, 2, 3]):
    try:
        print(pair(xs))
    except ValueError as e:
        print("unpack:", e)
d = {"a": 1}
try:
    for k in d:
        d["b" + k] = 2
except RuntimeError as e:
    print(e)
for s in ("a,b", ""):
    try:
        print(s.split(""))
    except ValueError as e:
        print(e)
try:
    print(chr(-1))
except ValueError as e:
    print(e)
try:
    print(list(range(1, 3, 0)))
except ValueError as e:
    print(e)
try:
    print([1, 2][::0])
except ValueError as e:
    print(e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(e)
