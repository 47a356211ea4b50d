# error: 3:15: error: parameter 'x' of double() is annotated int but receives a bool at line 6: make the annotation and the value agree
# a parameter annotated int receives a bool (CPython ignores hints; kilopy checks them).
def double(x: int) -> int:
    return x * 2

print(double(True))
