# rsplit() with maxsplit of an empty separator: CPython's ValueError, caught.
line = "a,b"
try:
    print(line.rsplit("", 1))
except ValueError as e:
    print("ValueError", e)
print(line.rsplit(",", 0))
