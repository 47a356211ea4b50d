# kilopy: heap=340
# Slices, copies and extends of lists reachable only from a register, in a small arena: the
# collector runs inside these allocations and must keep the source and the new list.
def make(n):
    return [n, n + 1, n + 2, n + 3]


total = 0
keep = [0]
for i in range(60):
    part = make(i)[1:3] + make(i * 2)[::-2]
    part.extend(part)
    keep = keep[-2:] + part[:1]
    keep += keep
    total = (total + sum(part) + sum(keep)) % 10007
print(total, keep, len(part))
