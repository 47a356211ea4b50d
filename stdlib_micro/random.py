"""kilopy's random: the part of CPython's random module that training scripts use (seed,
getrandbits, randrange, randint, choice, shuffle, sample), drawn from prng.py's 15-bit Galois LFSR
(x^15 + x^14 + 1; the state is prng's), so every value stays within 16-bit ints. The numbers
differ from CPython's Mersenne Twister; python3 with stdlib_micro/ on its path imports this
file instead of its own, so it prints the same numbers as kilopy. The sequence starts from a
fixed state (CPython seeds from the OS). An empty range or sequence raises CPython 3.11's
ValueError or IndexError, with its message.
random() and the other float functions do not exist (kilopy has no floats): draw an int, e.g.
randrange(10) == 0 for a 10% chance."""

import prng


def seed(a):
    """Restarts the sequence from the int a (a and a + 32767 give the same sequence)."""
    prng.set_seed(a % 32767 + 1)


def getrandbits(k):
    """k random bits as an int, 0 .. 2^k - 1 (at 16-bit ints, k <= 15)."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    return prng.random_bits(k)


def _upto(m):
    """A uniform draw from 0 .. m (m >= 0): m's width in bits, retried while > m. Its bound is
    the largest value, not one past it, so that randint(0, 32767) needs no 32768."""
    width = 0
    while m >> width:
        width += 1
    value = getrandbits(width)
    while value > m:
        value = getrandbits(width)
    return value


def randrange(start, stop=-32768, step=1):
    """A uniform choice from range(start, stop, step); randrange(n) draws from range(n). kilopy
    has no optional ints, so a missing stop is -32768 (the least 16-bit int): randrange(a, -32768)
    is taken as randrange(a)."""
    if stop == -32768:
        if start <= 0:
            raise ValueError("empty range for randrange()")
        return _from_range(0, start, 1)
    if step == 1 and stop <= start:
        raise ValueError(f"empty range for randrange() ({start}, {stop}, {stop - start})")
    return _from_range(start, stop, step)


def randint(a, b):
    """A uniform int from a to b, both included."""
    if b < a:  # CPython's randint(a, b) is randrange(a, b + 1)
        raise ValueError(f"empty range for randrange() ({a}, {b + 1}, {b + 1 - a})")
    return a + _upto(b - a)


def _from_range(start, stop, step):
    """A uniform choice from range(start, stop, step): start + step * k for k in 0 .. last."""
    if step == 0:
        raise ValueError("zero step for randrange()")
    if step > 0:
        last = (stop - 1 - start) // step
    else:
        last = (start - stop - 1) // -step
    if last < 0:
        raise ValueError("empty range for randrange()")
    return start + step * _upto(last)


def choice(seq):
    """A uniform choice of one element of a non-empty list or array."""
    if len(seq) == 0:
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_upto(len(seq) - 1)]


def shuffle(x):
    """Shuffles the list x in place (Fisher-Yates, as CPython: from the last index down)."""
    i = len(x) - 1
    while i > 0:
        j = _upto(i)
        t = x[i]
        x[i] = x[j]
        x[j] = t
        i -= 1


def sample(population, k):
    """A new list of k elements of the list or array population, each position drawn at most
    once (a partial Fisher-Yates shuffle of a copy), in the order drawn."""
    if not 0 <= k <= len(population):
        raise ValueError("Sample larger than population or is negative")
    pool = list(population)
    out = []
    last = len(pool) - 1
    for _ in range(k):
        j = _upto(last)
        out.append(pool[j])
        pool[j] = pool[last]
        last -= 1
    return out
