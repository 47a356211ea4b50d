# error: 4:7: error: 'int' object has no method 'bit_length' in kilopy
# method calls are refused.
x = 5
print(x.bit_length())
