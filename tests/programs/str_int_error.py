# int() of a str that is no decimal integer: CPython's ValueError text.
total = 0
for tok in "12 7 x1".split():
    total += int(tok)
    print(total)
