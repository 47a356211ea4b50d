# error: 4:7: error: methods are not supported: kilopy has no objects
# method calls are refused.
x = 5
print(x.bit_length())
