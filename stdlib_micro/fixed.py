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


def to_str(v, frac, digits):
    """v with frac fraction bits as a decimal text with `digits` digits after the point, rounded
    half to even: the text CPython's f"{v / 2 ** frac:.{digits}f}" gives (to_str(192, 8, 2) is
    "0.75", to_str(-128, 8, 1) is "-0.5", to_str(-1, 8, 2) is "-0.00"). Every step stays
    within 16 bits for -2^15 < v and frac <= 11."""
    a = -v if v < 0 else v
    one = 1 << frac
    whole = a >> frac
    rest = a & (one - 1)
    ds = []
    for _ in range(digits):
        rest = rest * 10
        ds.append(rest >> frac)
        rest = rest & (one - 1)
    last = ds[-1] if digits > 0 else whole
    if rest * 2 > one or (rest * 2 == one and last % 2 == 1):
        i = digits - 1
        while i >= 0 and ds[i] == 9:
            ds[i] = 0
            i -= 1
        if i >= 0:
            ds[i] += 1
        else:
            whole += 1
    text = ("-" if v < 0 else "") + str(whole)
    if digits > 0:
        text = text + "." + "".join(str(d) for d in ds)
    return text
