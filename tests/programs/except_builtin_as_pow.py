# `except E as e` of a built-in class: str(e) of pow()'s ValueErrors is CPython's.
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(e)
