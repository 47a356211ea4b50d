# Int truthiness in if/while/conditional expressions: nonzero is true, zero is false.
for v in range(-2, 3):
    if v:
        print(v, "truthy")
    else:
        print(v, "falsy")
n = 5
while n:
    print(n, end=" ")
    n -= 1
print()
m = 10
print(1 if m else 2, 1 if m - 10 else 2, m if m else -1)
r = 0
print(100 if r else -100)
