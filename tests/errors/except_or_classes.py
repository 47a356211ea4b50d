# error: 5:26: error: `except A or B` catches one class only (CPython evaluates `A or B` to one of them): write except (A, B) to catch both
# `except A or B` catches A only in CPython: except (A, B) was meant.
try:
    x = 1 // 0
except ZeroDivisionError or ValueError:
    print("caught")
