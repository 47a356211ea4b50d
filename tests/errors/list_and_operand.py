# error: 4:5: error: 'or' with a list[int] as a value is not supported in kilopy: write x if x else y for x or y, y if x else x for x and y
# and/or as a value with a list operand is refused (its value is an operand, chosen by len()).
a = [1]
b = a or [2]
print(b)
