# kilopy: overflow16
# kilopy: overflow32
# A caller's loop overflows while an inlined helper's global lives in a register (docs/bytecode.md
# "Inlining"): the OverflowError strikes at the first value CPython's int grows past, on the
# caller's line, after the output before it.

seed = 12345


def next_bit():
    global seed
    bit = seed & 1
    seed >>= 1
    if bit:
        seed ^= 0x6000
    return bit


def grow(n):
    acc = 1
    for _ in range(n):
        acc = acc * 3 + next_bit()
    return acc


print(grow(4), seed)
print(grow(8), seed)
print(grow(30), seed)
print(seed)
