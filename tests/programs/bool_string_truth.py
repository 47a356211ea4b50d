# Strings in boolean context count by their truth: a non-empty str is true, "" is false
# (if, elif, while, assert, conditional expressions, not, and/or in a test, and/or values
# where a string operand cannot be the result).
x = 3
if "a":
    print("non-empty is true")
if "":
    print("never")
elif "b":
    print("elif on a string")
while "":
    print("never")
else:
    print("while '' ends at once")
n = 0
while "go" and n < 3:
    n += 1
print(n)
assert "ok"
assert not ""
assert x and "yes", "a message"
y = 1 if "a" else 2
z = 1 if "" else 2
print(y, z, not "x", not "")
print("a" and 1, "" or 7, "a" and x and 5, "" or "" or x)
if x and "a":
    print("mixed and in a test")
if not (x > 5 or ""):
    print("or in a test")
print(10 if x and "" else 20)


def f(v):
    if "s" and v:
        return "" or v
    return "t" and -v


print(f(4), f(0))
assert "" or x == 4, "x is not 4"
