# error: 3:6: error: list comprehensions are not supported; use a for loop
# list comprehensions are refused.
xs = [i * i for i in range(3)]
print(1)
