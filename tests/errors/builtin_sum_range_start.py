# error: 3:11: error: sum() of a range with a start is not supported in kilopy: write start + sum(range(...))
# sum() of a range with a start.
print(sum(range(3), 5))
