# Functions returning an int or None: `return None` on one path, falling off the end on another.
def find(xs, want):
    for i, x in enumerate(xs):
        if x == want:
            return i
    return None


def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1


i = find([4, 5, 6], 6)
j = find([4, 5, 6], 9)
print(i, j, i == 2, 2 == i, j == 2, j != 2, i is None, j is None)
z = sign(0)
m = sign(-3)
print(sign(5), sign(-5), sign(0), str(z), str(m) + "!", f"{z}{m}")
total = 0
for n in [3, -2, 0, 7]:
    s = sign(n)
    if s:
        total = total + s
    else:
        print("zero at", n)
print("total", total)
k = find([1, 2], 1)
if not k:
    print("found at 0 or missing:", k)
