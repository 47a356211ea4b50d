# error: 7:12: error: 'or' with a list[int] as a value is not supported in kilopy: write x if x else y for x or y, y if x else x for x and y
# and/or as a value with a list operand that is no name is refused (its value is an operand, chosen by len()).
def f():
    return [1]


b = f() or [2]
print(b)
