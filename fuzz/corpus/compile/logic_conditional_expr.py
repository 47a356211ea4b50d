# Conditional expressions x if c else y, nested, right-associative, and evaluating only one branch.
def say(n):
    print("say", n)
    return n

a = 5
b = 9
print(a if a > b else b, a if a < b else b)
print(1 if a > 6 else 2 if a > 4 else 3)
print((1 if a > 6 else 2) if a > 4 else 3)
print(say(1) if a == 5 else say(2))
print(say(3) if a != 5 else say(4))
x = -a if a > 0 else a
print(x)
sgn = 0
for v in range(-2, 3):
    sgn = -1 if v < 0 else 1 if v > 0 else 0
    print(v, sgn)
flag = True if a > 3 else False
print(flag)
print(a if b else 0, 10 + (a if a > b else b) * 2)
