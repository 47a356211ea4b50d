# error: 4:9: error: ValueError: Unknown format code 'q' for object of type 'int'
# An unknown format code: CPython's ValueError, at compile time.
x = 1
print(f"{x:q}")
