# Checks (a // b) * b + a % b == a and the sign of a % b over a grid of signed operands.
ok = 0
bad = 0
for a in range(-13, 14):
    for b in range(-6, 7):
        if b == 0:
            continue
        q = a // b
        r = a % b
        if q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b):
            ok += 1
        else:
            bad += 1
            print("bad", a, b, q, r)
print("ok", ok, "bad", bad)
total = 0
for a in range(-20, 21, 3):
    total = total + a // 4 - a % 4
print(total)
