# error: 3:11: error: generator expressions are not supported; use a for loop
# a generator expression is refused.
print(sum(x for x in range(3)))
