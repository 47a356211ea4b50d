# `except E as e` of a built-in class: str(e) of min()/max() of an empty list and of ord() of a
# str that is not one character is CPython's (the function's name, the str's length).
xs = [3] * 0
try:
    print(min(xs))
except ValueError as e:
    print(e)
try:
    print(max(xs))
except ValueError as e:
    print(e)
for s in ("ab", "", "é€x"):
    try:
        print(ord(s))
    except TypeError as e:
        print(e)
