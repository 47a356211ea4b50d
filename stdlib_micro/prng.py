"""A 16-bit-safe pseudo-random generator: the 15-bit Galois LFSR with polynomial
x^15 + x^14 + 1 that the samples use. Its state is never 0 and stays below 2^15; it runs
through all 32767 nonzero states before repeating, and over that period next_bit() returns
16384 ones and 16383 zeros."""

state = 12345


def set_seed(s):
    """Starts the sequence at state s, 1 <= s <= 32767."""
    global state
    assert 0 < s <= 32767, "the seed must be 1..32767"
    state = s


def next_bit():
    """The low bit of the state, then one step of the register."""
    global state
    bit = state & 1
    state >>= 1
    if bit:
        state ^= 0x6000
    return bit


def random_bits(n):
    """n bits from the register, the first one highest: the same as n calls of next_bit(),
    which it does inline (one call instead of n + 1). 0 <= n <= 15 gives 0 .. 2^n - 1; at
    16-bit ints a wider n stops with OverflowError."""
    global state
    value = 0
    for _ in range(n):
        bit = state & 1
        state >>= 1
        if bit:
            state ^= 0x6000
        value = value << 1 | bit
    return value


def below(n):
    """A uniform draw from 0 .. n - 1 (1 <= n <= 32767): random_bits of n - 1's width, retried
    while the draw is n or more."""
    assert 0 < n <= 32767, "below() needs 1 <= n <= 32767"
    width = 0
    while (n - 1) >> width:
        width += 1
    value = random_bits(width)
    while value >= n:
        value = random_bits(width)
    return value
