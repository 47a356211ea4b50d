# Quantised weights (the seed's section 4.1): a perceptron trained with 16-bit weights (learning rate 8), then
# stored three smaller ways and tested on held-out data beside the full-width model:
#   int8:   each weight shifted right until the largest fits -128..127, one byte each;
#   int4:   shifted until the largest fits -8..7, two weights packed per byte;
#   shared: weight sharing: each weight replaced by one of 4 shared int8 values (minus or plus
#           a large or a small magnitude: the mean magnitude of the int8 weights at least, or
#           under, half the largest), stored as a 2-bit index, four per byte.
# The task: 8 features, each a 4-bit reading centred on 0; the label is 1 when the readings
# weighted by 5, -3, 4, 0, -6, 2, 1, -2 sum above 0, with about 10% of labels flipped.
# 300 training steps (progressive accuracy every 30), then 500 held-out samples.
# All values fit 16 bits: weights are clamped to +-400, so a sum is at most 8 * 8 * 400.

from array import array
import micro   # first: under python3, samples/micro.py finds stdlib_micro/ or says how to run this sample
from prng import random_bits   # the 15-bit LFSR of samples/perceptron.py, from seed 12345

TRUE_WEIGHTS = [5, -3, 4, 0, -6, 2, 1, -2]
full = [0] * 8       # the model: 16-bit ints
x = [0] * 8


def sample():
    """Fills x with the next sample's readings and returns its (noisy) label."""
    total = 0
    for i in range(8):
        x[i] = random_bits(4) - 8
        total += TRUE_WEIGHTS[i] * x[i]
    label = 1 if total > 0 else 0
    return 1 - label if random_bits(7) % 10 == 0 else label


def predict(w):
    total = 0
    for i in range(8):
        total += w[i] * x[i]
    return 1 if total > 0 else 0


def shift_to_fit(largest, limit):
    """The smallest right shift that brings largest within limit."""
    s = 0
    while largest >> s > limit:
        s += 1
    return s


correct = 0
for step in range(300):
    label = sample()
    error = label - predict(full)
    correct += error == 0
    for i in range(8):
        full[i] = max(-400, min(400, full[i] + 8 * error * x[i]))
    if step % 30 == 29:
        print("step", step + 1, "accuracy so far", correct * 100 // (step + 1), "%")

largest = 0
for i in range(8):
    largest = max(largest, abs(full[i]))
int8 = array('b', [0] * 8)
s8 = shift_to_fit(largest, 127)
for i in range(8):
    int8[i] = full[i] >> s8
int4 = array('B', [0] * 4)     # weight 2i in the low nibble of byte i, 2i+1 in the high one
s4 = shift_to_fit(largest, 7)
for i in range(8):
    int4[i // 2] |= (full[i] >> s4 & 15) << 4 * (i % 2)
half = (largest >> s8) // 2
big = small = nbig = nsmall = 0
for i in range(8):
    if abs(int8[i]) >= half:
        big += abs(int8[i])
        nbig += 1
    else:
        small += abs(int8[i])
        nsmall += 1
shared = [-big // nbig, -(small // max(nsmall, 1)), small // max(nsmall, 1), big // nbig]
index = array('B', [0] * 2)    # weight i's 2-bit index at bits 2 * (i % 4) of byte i // 4
for i in range(8):
    large = abs(int8[i]) >= half
    k = (3 if large else 2) if int8[i] >= 0 else (0 if large else 1)
    index[i // 4] |= k << 2 * (i % 4)
print("full:", full)
print("int8:", int8, "shift", s8)
print("int4:", int4, "shift", s4)
print("shared:", shared, "indices", index)

w8 = [0] * 8
w4 = [0] * 8
ws = [0] * 8
for i in range(8):
    w8[i] = int8[i]
    nibble = int4[i // 2] >> 4 * (i % 2) & 15
    w4[i] = nibble - 16 if nibble > 7 else nibble
    ws[i] = shared[index[i // 4] >> 2 * (i % 4) & 3]
ok16 = ok8 = ok4 = oks = 0
for _ in range(500):
    label = sample()
    ok16 += predict(full) == label
    ok8 += predict(w8) == label
    ok4 += predict(w4) == label
    oks += predict(ws) == label
print("held-out accuracy: full", ok16 // 5, "% (16 bytes of weights), int8", ok8 // 5,
      "% (8 bytes), int4", ok4 // 5, "% (4 bytes), shared", oks // 5, "% (2 + 4 bytes)")
