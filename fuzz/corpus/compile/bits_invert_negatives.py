# Unary ~ of negatives and positives, and ~ combined with & | as masking.
for v in range(-5, 6):
    print(v, ~v, ~~v, v & ~v, v | ~v, v ^ ~v)
m = ~7
print(m, 100 & m, -100 & m, 100 | ~m)
print(~-32767, ~32767, ~32767 == -32767 - 1)
