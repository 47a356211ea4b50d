# Globals that small inlined leaf functions update, called in loops (the compiler keeps such a
# global in a register for the caller's whole call, docs/bytecode.md "Inlining"): returns from
# inside the loop, break and continue in a while loop, nested loops, a global only read, two
# globals at once, the caller reading the global itself, and each global printed after each call.

seed = 12345
mask = 0
bits = 0
level = 3


def next_bit():
    global seed
    bit = seed & 1
    seed >>= 1
    if bit:
        seed ^= 0x6000
    return bit


def bit_for_first():
    global seed
    bit = seed & 1
    seed >>= 1
    if bit:
        seed ^= 0x6000
    return bit


def bit_for_ones():
    global seed
    bit = seed & 1
    seed = seed >> 1
    if bit == 1:
        seed = seed ^ 0x6000
        return 1
    return 0


def mark(i):
    global mask
    mask = mask | (i & 15)
    return mask


def count_bit():
    global bits, seed
    b = seed & 1
    seed = seed >> 1 | (0x4000 if b else 0)
    bits = bits ^ b
    return b


def gate():
    return level > 2


def random_bits(n):
    value = 0
    for _ in range(n):
        value = (value << 1) | next_bit()
    return value


def first_one_after(n):
    for i in range(n):
        if bit_for_first():
            return i
    return -1


def ones_in(n):
    i = 0
    ones = 0
    while i < n:
        i += 1
        if bit_for_ones() == 0:
            continue
        ones += 1
        if ones >= 5:
            break
    return ones


def marks(n):
    out = 0
    for i in range(n):
        for j in range(3):
            out = mark(i + j)
    return out


def gated(n):
    c = 0
    for _ in range(n):
        if gate():
            c += 1
    return c


def direct(n):
    global seed
    s = 0
    for _ in range(n):
        s = s + next_bit()
        seed = seed % 4096 + 1
    return s


def counted(n):
    t = 0
    for _ in range(n):
        t = t * 2 + count_bit()
        if t > 100:
            t = t & 15
    return t


print(random_bits(6), random_bits(7), seed)
print(first_one_after(10), seed)
print(first_one_after(0), seed)
print(ones_in(40), seed)
print(ones_in(3), seed)
print(marks(5), mask)
print(gated(4), level)
level = 1
print(gated(4), level)
print(direct(12), seed)
print(counted(20), bits, seed)
print(counted(1), bits, seed)
