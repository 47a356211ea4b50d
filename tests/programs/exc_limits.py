# kilopy: overflow16 overflow32
# kilopy's OverflowError (an int that needs more bits than kilopy's) is a limit, not CPython's
# error: no except clause catches it, so the program stops where CPython goes on.
# expect: OverflowError
x = 1
try:
    for i in range(70):
        x *= 3
        print(x % 1000)
except OverflowError:
    print("kilopy must not print this")
except Exception:
    print("nor this")
