# pow(a, b) and pow(a, b, m): signs of the modulus, negative exponents (modular inverse),
# a modulus of 1 or -1, a zero base, bools.
print(pow(2, 10), pow(-3, 3), pow(7, 0), pow(0, 0), pow(True, 5), pow(-1, 31))
for b in [-7, -3, 0, 2, 5]:
    for m in [-7, -4, 3, 10]:
        print(b, m, pow(b, 3, m), pow(b, 0, m), pow(b, 6, m))
for b in [1, 2, 3, 5, 6]:
    print(b, pow(b, -1, 7), pow(b, -3, 7), pow(b, -1, -7), pow(b, -2, 1), pow(b, -2, -1))
print(pow(0, 5, 9), pow(0, 0, 9), pow(10, 2, 1))
print(pow(181, 100, 181), pow(3, 10000, 1000), pow(-2, 10001, 999))
print(pow(32767, 32767, 32767 - 2), pow(-32768, 32767, -32768), pow(32767, 2, -32768))
print(pow(-32768, 3, 32767), pow(12345, -1, 32749), pow(30000, 29999, -31111))
m = 1000
acc = 0
for e in range(20):
    acc += pow(e, e, m)
print(acc)
