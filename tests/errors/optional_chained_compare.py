# error: 7:14: error: a chained comparison with an int or None is not supported in kilopy: write each comparison with 'and'
# a chained comparison with an int or None (lo is None unless flag is true).
def within(flag):
    lo = None
    if flag:
        lo = 3
    return 1 < lo < 5
print(within(True))
