# error: 4:5: error: dict comprehensions are not supported in kilopy: build the dict in a for loop
# dict comprehensions are refused (not yet supported).
xs = [1, 2]
d = {x: x * x for x in xs}
print(1)
