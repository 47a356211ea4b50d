# A run-time error raised again (a bare raise, a finally block) keeps CPython's message where it
# names no value: the operator's text (% and //), an assert's message.
def mod(a, b):
    try:
        return a % b
    except ArithmeticError:
        print("mod failed")
        raise


try:
    mod(5, 0)
except ZeroDivisionError:
    print("caught again")
try:
    assert mod(7, 4) == 2, "mod is 3"
except AssertionError:
    print("assert")
    raise
