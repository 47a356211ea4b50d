# error: 4:30: error: sorted()'s reverse must be True or False in kilopy
# sorted()'s reverse must be a constant.
r = True
print(sorted([1, 2], reverse=r))
