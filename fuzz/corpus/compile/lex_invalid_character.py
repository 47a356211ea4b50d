# error: 3:7: error: invalid character '$' (U+0024)
# a character that is not Python.
x = 1 $ 2
print(x)
