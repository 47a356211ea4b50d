"""Quantisation helpers: weights to int8 and int4, two int4 per byte, weight sharing."""


def shift_to_fit(largest, bits):
    """The smallest right shift s with largest >> s within a signed bits-bit int
    (largest >= 0, 2 <= bits <= 15)."""
    s = 0
    while largest >> s > (1 << (bits - 1)) - 1:
        s += 1
    return s


def quantize(w, shift, bits):
    """w >> shift, clamped to a signed bits-bit int: -2^(bits-1) .. 2^(bits-1) - 1."""
    top = (1 << (bits - 1)) - 1
    return max(-top - 1, min(top, w >> shift))


def pack4(low, high):
    """Two int4 values (-8 .. 7) in one byte 0 .. 255: low in bits 0-3, high in bits 4-7."""
    return (low & 15) | (high & 15) << 4


def unpack4(byte, which):
    """The int4 value in the low (which = 0) or high (which = 1) nibble of byte."""
    nibble = byte >> 4 * which & 15
    return nibble - 16 if nibble > 7 else nibble


def nearest(codebook, w):
    """Weight sharing: the index of the codebook value nearest w (the first on a tie)."""
    best = 0
    for i in range(len(codebook)):
        if abs(codebook[i] - w) < abs(codebook[best] - w):
            best = i
    return best
