# kilopy: overflow16
# Park-Miller minimal standard generator (16807 mod 2**31 - 1) using Schrage's method to stay within 32 bits.
M = 2147483647
A = 16807
Q = 127773
R = 2836
seed = 1

def nxt():
    global seed
    hi = seed // Q
    lo = seed % Q
    t = A * lo - R * hi
    if t <= 0:
        t += M
    seed = t
    return t

for i in range(10):
    print(nxt())
for i in range(9990):
    nxt()
print("10000th", seed, seed == 1043618065)
