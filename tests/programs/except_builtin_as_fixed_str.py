# `except E as e` of a built-in class: str(e) of the str errors whose text is fixed (split(""),
# chr()) is CPython's.
for s in ("a,b", ""):
    try:
        print(s.split(""))
    except ValueError as e:
        print(e)
try:
    print(chr(-1))
except ValueError as e:
    print(e)
