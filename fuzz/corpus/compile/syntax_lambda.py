# error: 3:5: error: lambda expressions are not supported; use a def function
# lambda is refused.
f = lambda x: x + 1
print(1)
