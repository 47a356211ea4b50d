# error: 5:5: error: raise statements are not supported (kilopy has no exceptions); use assert
# raise is refused.
x = 1
if x > 0:
    raise ValueError
print(x)
