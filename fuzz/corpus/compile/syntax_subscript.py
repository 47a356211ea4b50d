# error: 4:7: error: subscripts are not supported: kilopy has no lists yet
# subscripts are refused.
x = 5
print(x[0])
