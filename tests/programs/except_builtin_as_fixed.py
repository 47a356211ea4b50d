# `except E as e` of a built-in class: str(e) of run-time errors whose text is fixed (unpacking,
# pow()) is CPython's.
def pair(xs):
    a, b = xs
    return a + b


for xs in ([1, 2], [1], [1, 2, 3]):
    try:
        print(pair(xs))
    except ValueError as e:
        print("unpack:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(e)
