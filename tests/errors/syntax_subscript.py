# error: 4:7: error: 'int' object is not subscriptable
# subscripts are refused.
x = 5
print(x[0])
