# Recursive and iterative gcd (with tuple assignment a, b = b, a % b) and lcm.
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def gcd_iter(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(18, 48), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1024, 96))
print(gcd_iter(48, 18), gcd_iter(270, 192), gcd_iter(-12, 18), gcd_iter(12, -18))
print(lcm(4, 6), lcm(21, 6), lcm(7, 13), lcm(100, 75))
acc = 1
for k in range(1, 13):
    acc = lcm(acc, k)
print(acc)
