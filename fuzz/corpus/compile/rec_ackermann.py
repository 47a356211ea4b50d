# kilopy: heap=65535
# Small Ackermann values (deep, non-primitive recursion; needs a larger arena).
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(0, 3):
    for n in range(0, 4):
        print(ack(m, n), end=" ")
    print()
print(ack(3, 2), ack(3, 3))
