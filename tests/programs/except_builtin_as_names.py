# `except E as e` of a built-in class: str(e) of an UnboundLocalError and a NameError (a variable
# read on a path that did not assign it) is CPython's.
def f(flag):
    if flag:
        v = 1
    try:
        return v
    except UnboundLocalError as e:
        print(e)
        return 0


print(f(True), f(False))
for i in range(2):
    if i == 1:
        w = 5
    try:
        print(w)
    except NameError as e:
        print(f"name: {e}")
