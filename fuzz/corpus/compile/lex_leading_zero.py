# error: 3:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
# a decimal literal with a leading zero.
x = 012
print(x)
