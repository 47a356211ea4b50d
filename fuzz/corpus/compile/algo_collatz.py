# Collatz stopping times for 1..40 and the longest chain below 300 (peaks stay within 16 bits).
def steps(n):
    c = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n = n // 2
        c += 1
    return c

for n in range(1, 41):
    print(steps(n), end=" ")
print()
best = 0
arg = 0
for n in range(1, 300):
    s = steps(n)
    if s > best:
        best = s
        arg = n
print(arg, best)
