# error: 3:6: error: lists are not supported in kilopy yet
# list displays are refused.
xs = [1, 2, 3]
print(1)
