# error: 4:7: error: 'int' object has no method 'bit_count' in kilopy
# int methods other than bit_length are refused.
x = 5
print(x.bit_count())
