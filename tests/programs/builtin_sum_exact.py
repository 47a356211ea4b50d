# sum() is exact: its partial sums may pass 16 bits where the result fits (30000 + 30000 before
# the -30000), and a set's elements come in kilopy's order, not CPython's hash order; only a
# result that does not fit is an OverflowError.
print(sum([-30000, 30000], 30000))
print(sum([30000, -30000], 30000))
s = {10000, 25000, -20000}
print(sum(s), sum(set([20000, 20000, -15000, 20000])), sum({30000: 1, -30000: 2, 5: 3}))
