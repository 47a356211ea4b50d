# while loops with compound conditions, countdowns, and multiple exits.
i = 0
s = 0
while i < 100 and s < 200:
    s += i
    i += 1
print(i, s)
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
print(steps)
x = 1000
while True:
    x -= 77
    if x < 0:
        break
print(x)
k = 0
while k < 5:
    k += 1
    if k == 3:
        continue
    print(k, end=" ")
print()
