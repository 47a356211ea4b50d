# `except E as e` of a built-in class: str(e) of a dict changed during a loop is CPython's.
d = {"a": 1}
try:
    for k in d:
        d["b" + k] = 2
except RuntimeError as e:
    print(e)
