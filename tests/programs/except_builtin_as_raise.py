# `except E as e` of a built-in class catching a raise of the program, a run-time error raised
# in a called function, and one raised again by a bare raise: str(e) as CPython's.
class AppError(Exception):
    pass


def risky(k):
    if k == 0:
        raise AppError("app failed")
    if k == 1:
        return {"x": 1}["y"]
    if k == 2:
        raise ValueError(f"k is {k}")
    if k == 3:
        raise KeyError("missing")
    if k == 4:
        raise ValueError
    return [1][k]


for k in range(6):
    try:
        risky(k)
    except (KeyError, ValueError) as e:
        print("lookup or value:", e, len(str(e)))
    except Exception as e:
        print("other: <" + str(e) + ">")
try:
    try:
        risky(1)
    except KeyError:
        print("inner")
        raise
except Exception as e:
    print("outer", e)
try:
    try:
        risky(5)
    except IndexError:
        raise
except LookupError as e:
    print("outer", e)
