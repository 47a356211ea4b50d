# A list of tuples whose element types a later pass learns (a function defined after its use in
# a comprehension), made lists one by one.
def pairs(n):
    return [(r(i), i) for i in range(n)]
def r(i):
    return i * 3 % 5
pts = pairs(4)
print([list(p) for p in pts])
