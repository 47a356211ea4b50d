# error: 4:21: error: a comprehension in the later operands of a chained comparison is not supported in kilopy: compare in two steps
# a comprehension in a chained comparison's later operands may not run: refused.
xs = [1, 2]
print(0 < len(xs) < max(x for x in xs))
