"""kilopy's random: the part of CPython's random module that training scripts use (seed,
getrandbits, randrange, randint, choice, shuffle), drawn from prng.py's 15-bit Galois LFSR
(x^15 + x^14 + 1; the state is prng's), so every value stays within 16-bit ints. The numbers
differ from CPython's Mersenne Twister; python3 with stdlib_micro/ on its path imports this
file instead of its own, so it prints the same numbers as kilopy. The sequence starts from a
fixed state (CPython seeds from the OS). Where CPython raises ValueError or IndexError (an
empty range, an empty sequence), this module stops with AssertionError and CPython's message.
random() and the other float functions do not exist (kilopy has no floats): draw an int, e.g.
randrange(10) == 0 for a 10% chance."""

import prng


def seed(a):
    """Restarts the sequence from the int a (a and a + 32767 give the same sequence)."""
    prng.set_seed(a % 32767 + 1)


def getrandbits(k):
    """k random bits as an int, 0 .. 2^k - 1 (at 16-bit ints, k <= 15)."""
    assert k >= 0, "number of bits must be non-negative"
    return prng.random_bits(k)


def _randbelow(n):
    """A uniform draw from 0 .. n - 1 (n >= 1): n - 1's width in bits, retried while >= n."""
    width = 0
    while (n - 1) >> width:
        width += 1
    value = getrandbits(width)
    while value >= n:
        value = getrandbits(width)
    return value


def randrange(start, stop=-32768, step=1):
    """A uniform choice from range(start, stop, step); randrange(n) draws from range(n). kilopy
    has no optional ints, so a missing stop is -32768 (the least 16-bit int): randrange(a, -32768)
    is taken as randrange(a)."""
    if stop == -32768:
        return _from_range(0, start, 1)
    return _from_range(start, stop, step)


def randint(a, b):
    """A uniform int from a to b, both included."""
    return _from_range(a, b + 1, 1)


def _from_range(start, stop, step):
    """A uniform choice from range(start, stop, step)."""
    assert step != 0, "zero step for randrange()"
    if step > 0:
        n = (stop - start + step - 1) // step
    else:
        n = (start - stop - step - 1) // -step
    assert n > 0, "empty range for randrange()"
    return start + step * _randbelow(n)


def choice(seq):
    """A uniform choice of one element of a non-empty list or array."""
    assert len(seq) > 0, "Cannot choose from an empty sequence"
    return seq[_randbelow(len(seq))]


def shuffle(x):
    """Shuffles the list x in place (Fisher-Yates, as CPython: from the last index down)."""
    i = len(x) - 1
    while i > 0:
        j = _randbelow(i + 1)
        t = x[i]
        x[i] = x[j]
        x[j] = t
        i -= 1
