# error: 5:9: error: a chained comparison with an int or None is not supported in kilopy: write each comparison with 'and'
# a chained comparison with an int or None.
lo = None
lo = 3
print(1 < lo < 5)
