# All six comparison operators on ints including negatives and equal values.
for a in range(-2, 3):
    for b in range(-2, 3):
        print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(-32767 < 32767, 0 == -0, -1 < -2)
