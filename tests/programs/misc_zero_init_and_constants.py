# Module variables set to 0 before anything else runs, and after (a second `= 0` must not
# be dropped); wide constants used several times, in loops, as left operands and stored.
a = 0
b = 7
b = 0
c = d = 0


def f(x):
    global c
    c = x
    return 1000 - x + 1000 * 2 // 1000


for i in range(3):
    e = 0
    e += i
    a += 1000
    b = 1000 - b
    d = -300 if i % 2 else 300
    print(a, b, c, d, e, f(i), 255 - i, i - 255, 1000)
print(a, b, c, d)
a = 0
print(a, 1000 + 1000, -200 * 2)
