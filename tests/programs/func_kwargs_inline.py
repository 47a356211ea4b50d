# keyword arguments to a leaf function the inliner copies into its one call site (clamp, in a
# loop: the arguments in another order than the parameters, a default filled in), to one it
# calls (mix, keyword-only parameters) and to a recursive function.
def clamp(v, lo=0, hi=100):
    return lo if v < lo else hi if v > hi else v


def mix(a, b, *, wa=1, wb=1):
    return a * wa + b * wb


def depth(n, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + n)


total = 0
for i in range(-3, 8):
    total += clamp(hi=90, v=i * 20) + mix(b=i, a=1, wb=2)
print(total)
print(depth(10), depth(n=4, acc=100))
