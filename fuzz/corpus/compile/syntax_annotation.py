# error: 3:1: error: variable annotations are not supported
# variable annotations are refused.
x: int = 1
print(x)
