# and/or return one of their operands (ints with ints, bools with bools), not a bool.
print(0 or 5, 3 or 5, 0 or 0, -1 or 7)
print(3 and 0, 3 and 4, 0 and 4, 0 and 0)
print(True and False, True or False, False or False, False and True)
a = 0
b = 7
c = -2
print(a or b, b or a, a and b, b and c, a or b and c, (a or b) and c)
print(a or a or b, b and c and a, a and b or c, b or c and a)
x = a or b
print(x)
x = b and c
print(x)
p = 2 > 1
q = 1 > 2
print(p and q, p or q, q or p, q and p, not p and q, not (p and q))
