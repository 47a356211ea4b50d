# `except E as e` of a built-in class: str(e) of int()'s ValueError, of ZeroDivisionError by
# operator and of an assert is CPython's text, in print(e), str(e), f"{e}", "%s" % e.
def parse(s):
    try:
        v = int(s)
    except ValueError as e:
        print("bad:", e)
        return -1
    return v


print(parse("abc"), parse("12"), parse(" 7x\n"), parse("it's"))
for n in (0, 2):
    for op in range(3):
        try:
            if op == 0:
                print(7 // n)
            elif op == 1:
                print(7 % n)
            else:
                print(n ** -1 if n == 0 else n)
        except ArithmeticError as e:
            print("arith: %s" % e)
try:
    print(divmod(3, 0))
except ZeroDivisionError as e:
    print("{}".format(e))
try:
    assert parse("5") == 2, "parse is wrong"
except AssertionError as e:
    print(e)
try:
    assert parse("5") == 2
except AssertionError as e:
    print(f"[{e}]")
