# `except E as e` of a built-in class: str(e) of the sequence errors whose text is fixed
# (range()'s step, a slice's step) is CPython's.
try:
    print(list(range(1, 3, 0)))
except ValueError as e:
    print(e)
try:
    print([1, 2][::0])
except ValueError as e:
    print(e)
