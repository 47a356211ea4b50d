# `except E as e` of a built-in class: str(e) of the unpacking errors (their text is fixed by
# the compiler) and of a negative shift count is CPython's.
def pair(xs):
    a, b = xs
    return a + b


for xs in ([1, 2], [1], [1, 2, 3]):
    try:
        print(pair(xs))
    except ValueError as e:
        print("unpack:", e)
try:
    print(1 << pair([1, -4]))
except ValueError as e:
    print(e)
