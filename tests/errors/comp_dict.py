# error: 4:5: error: dict comprehensions are not supported (kilopy has no dicts): use a list comprehension
# dict comprehensions are refused (kilopy has no dicts).
xs = [1, 2]
d = {x: x * x for x in xs}
print(1)
