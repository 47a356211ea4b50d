# Chained comparisons used as loop and branch conditions, with a counting side-effect function.
calls = 0

def tick(x):
    global calls
    calls += 1
    return x

inside = 0
for i in range(-5, 15):
    if tick(0) <= tick(i) < tick(10):
        inside += 1
print(inside, calls)
calls = 0
n = 0
while tick(n) < tick(5) < tick(6):
    n += 1
print(n, calls)
