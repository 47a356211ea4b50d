# error: 4:7: error: attribute access is not supported: kilopy has no objects
# attribute access is refused.
x = 5
print(x.real)
