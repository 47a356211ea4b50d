# Wide constants (outside -64..127) loaded by inlined callees and loops: a load into a register
# that already holds the constant is dropped, and one in a loop moves to the function's entry
# when nothing else in the function writes that register (docs/bytecode.md "Inlining"). In the
# module body a global's register is also written by an inlined SETG (lower()): not needless.

seed = 12345


def step_lfsr():
    global seed
    bit = seed & 1
    seed >>= 1
    if bit:
        seed ^= 0x6000
    return bit


def clamp(v):
    return max(-100, min(100, v))


def bits(n):
    value = 0
    for i in range(n):
        if i == 5:
            continue
        if value > 5000:
            break
        value = (value << 1) | step_lfsr()
    return value


def nested(n):
    t = 0
    for i in range(n):
        for j in range(n):
            if j == 3:
                continue
            t = clamp(t + i * 30 - j * 25)
            if t < j - 60:
                break
        t = clamp(t - 70)
    return t


def after_call(n):
    t = 0
    for i in range(n):
        t = clamp(t + bits(3) * 10 - 40)
        t = clamp(t * 3 - 1000)
    return t


def shared(n):
    t = -5
    while n > 0:
        n -= 1
        t = clamp(t * 2 + 1) - (n * -300)
        if n % 3 == 0:
            continue
        t = clamp(t - 99) + 1000
    return t


print(bits(4), bits(9), bits(15), seed)
print(nested(1), nested(6), nested(9))
print(after_call(0), after_call(4), after_call(7))
print(shared(0), shared(1), shared(5))

level = 1


def lower():
    global level
    level = 7


for k in range(2):
    level = 5
    lower()
    seen = level
    level = 5
    print(seen, level)
