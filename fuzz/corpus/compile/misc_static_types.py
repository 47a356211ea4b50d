# Each name keeps one static type: int, bool or None variables assigned repeatedly with values of that type.
count = 0
ok = True
nothing = None
for i in range(1, 8):
    count = count * 2 + i
    ok = ok and count % 3 != 0
    nothing = None
print(count, ok, nothing)

def classify(n):
    return n > 10

def total(n):
    t = 0
    for i in range(n):
        t += i
    return t

big = classify(total(5))
print(big, classify(total(6)), total(0))
