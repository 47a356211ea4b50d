# kilopy: overflow16
# Modular exponentiation with a modulus near 40000 (intermediate products need 32 bits).
def modpow(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result

print(modpow(2, 10, 7))
print(modpow(3, 1000, 40009))
print(modpow(12345, 6789, 46337))
for p in range(40000, 40050):
    if modpow(2, p - 1, p) == 1:
        print("probable prime", p)
