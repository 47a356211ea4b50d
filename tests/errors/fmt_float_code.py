# error: 4:18: error: the format code 'e' of an int is not supported in kilopy (it rounds the digits as CPython's floats do): use 'd', or 'f' ({x:.2f}), which formats an int exactly
# 'e' of an int rounds its digits as a float's; kilopy formats ints with 'f' only.
acc = 87
print(f"accuracy {acc:.2e}")
