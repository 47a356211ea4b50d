# error: 4:7: error: int.bit_length() takes no arguments (1 given)
# bit_length() takes no arguments.
x = 5
print(x.bit_length(2))
