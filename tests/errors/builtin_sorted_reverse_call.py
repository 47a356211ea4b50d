# error: 5:30: error: sorted()'s reverse is True, False or a variable in kilopy (no call): assign it to a variable first
# sorted()'s reverse given by a call (a variable is taken).
def descending():
    return True
print(sorted([1, 2], reverse=descending()))
