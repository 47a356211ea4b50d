# error: 4:4: error: 'and' with a list[int] is not supported in kilopy (test len(x) instead)
# and/or with a list operand is refused (Python returns the operand; kilopy wants len()).
a = [1]
if a and True:
    print(1)
