# Modular exponentiation by repeated squaring with modulus below 181 (products stay 16-bit safe).
def modpow(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result

print(modpow(2, 10, 101), modpow(3, 200, 13), modpow(7, 0, 5), modpow(5, 1, 7))
print(modpow(-2, 5, 11), modpow(10, 100, 179), modpow(179, 3, 180))
for p in range(3, 30, 2):
    print(p, modpow(2, p - 1, p), end=" ")
print()
