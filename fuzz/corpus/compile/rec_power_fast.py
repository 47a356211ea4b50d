# Recursive fast exponentiation by squaring compared with **, staying within 16 bits.
def power(b, e):
    if e == 0:
        return 1
    h = power(b, e // 2)
    if e % 2 == 0:
        return h * h
    return h * h * b

for b in range(-3, 4):
    for e in range(0, 8):
        if power(b, e) != b ** e:
            print("mismatch", b, e)
print(power(2, 14), power(-2, 13), power(3, 9), power(7, 5), power(0, 0))
