# error: 4:17: error: format(x, spec) takes a string literal as its spec in kilopy: format(x, ">8")
# format()'s spec must be known at compile time.
spec = ">8"
print(format(3, spec))
