# kilopy: overflow16
# Collatz trajectories whose peaks exceed 16 bits (703 peaks at 250504).
def peak(n):
    p = n
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        if n > p:
            p = n
    return p

print(peak(27), peak(255))
print(peak(703))
best = 0
arg = 0
for n in range(1, 2000):
    p = peak(n)
    if p > best:
        best = p
        arg = n
print(arg, best)
