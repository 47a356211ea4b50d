"""Fixed-point helpers for 16-bit ints. A value v with f fraction bits stands for v / 2^f.
Each function says which inputs keep every intermediate result within 16 bits."""


def clamp(v, lo, hi):
    """v limited to lo .. hi (lo <= hi)."""
    return max(lo, min(hi, v))


def clamp8(v):
    """v limited to a signed byte, -128 .. 127."""
    return max(-128, min(127, v))


def to_fixed(n, frac):
    """The integer n with frac fraction bits: n * 2^frac (|n| < 2^(15 - frac))."""
    return n << frac


def to_int(v, frac):
    """v with frac fraction bits, rounded half up to an integer: floor(v / 2^frac + 1/2)."""
    if frac == 0:
        return v
    return (v + (1 << (frac - 1))) >> frac


def mul_shift(a, b, shift):
    """a * b / 2^shift rounded half up: the product of two fixed-point values, rescaled
    (|a * b| + 2^shift < 2^15)."""
    if shift == 0:
        return a * b
    return (a * b + (1 << (shift - 1))) >> shift


def scale(v, lo, hi, out_lo, out_hi):
    """v mapped linearly from lo .. hi (lo < hi) onto out_lo .. out_hi, floored and clamped:
    out_lo + floor((v - lo) * (out_hi - out_lo) / (hi - lo))
    (|(hi - lo) * (out_hi - out_lo)| < 2^15)."""
    v = clamp(v, lo, hi)
    return out_lo + (v - lo) * (out_hi - out_lo) // (hi - lo)


def ema(average, v, shift):
    """One step of an exponential moving average with weight 2^-shift for v:
    average + floor((v - average) / 2^shift) (|v - average| < 2^15)."""
    return average + ((v - average) >> shift)
