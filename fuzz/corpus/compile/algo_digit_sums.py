# Digit sums, digit reversal and digital roots using // and % by 10.
def digit_sum(n):
    if n < 0:
        n = -n
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

def reverse(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

def root(n):
    while n >= 10:
        n = digit_sum(n)
    return n

print(digit_sum(0), digit_sum(12345), digit_sum(-9999), digit_sum(32767))
print(reverse(1234), reverse(1000), reverse(9), reverse(12021))
print(root(9875), root(32767), root(1))
pal = 0
for n in range(1, 1000):
    if reverse(n) == n:
        pal += 1
print("palindromes", pal)
