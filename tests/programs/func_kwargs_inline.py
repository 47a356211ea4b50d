# keyword arguments to small leaf functions the inliner expands in place, in loops and with
# defaults, and to a recursive function.
def clamp(v, lo=0, hi=100):
    return lo if v < lo else hi if v > hi else v


def mix(a, b, *, wa=1, wb=1):
    return a * wa + b * wb


def depth(n, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + n)


total = 0
for i in range(-3, 8):
    total += clamp(i * 20, hi=90) + mix(b=i, a=1, wb=2)
print(total, clamp(hi=5, v=9), clamp(-4, lo=-2), mix(3, 4, wa=2))
print(depth(10), depth(n=4, acc=100))
