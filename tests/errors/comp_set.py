# error: 4:5: error: set comprehensions are not supported in kilopy: use a list comprehension
# set comprehensions are refused (kilopy has no sets).
xs = [1, 2]
s = {x % 2 for x in xs}
print(1)
