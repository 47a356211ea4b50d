# error: 6:4: error: 'and' with a tuple or None is not supported in kilopy: test x is not None (and len(x) > 0) instead
# a tuple or None as an operand of 'and' in a test: refused, with the test to write.
best = None
for v in [3, 1]:
    best = (v, v)
if best and best[0] > 2:
    print("big")
