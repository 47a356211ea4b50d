# A decision stump learned online (the seed's section 2.1: a one-level decision tree). Each
# sample has three 6-bit features; its label is 1 when feature 1 is 40 or more, with about
# 10% of labels flipped. The learner keeps, per feature and per bin of 8 values (the top 3
# bits), how many samples of each label it has seen: 48 counters in an array('h'). Before each
# sample it predicts with the best stump those counts allow: the feature, the bin boundary
# and the side that would have classified the most samples so far. 100 training steps
# (progressive accuracy), then accuracy on the next 1000 samples, held out, against their
# noisy labels and against the rule. All values fit 16 bits.

from array import array
import micro   # first: under python3, samples/micro.py finds stdlib_micro/ or says how to run this sample
from prng import random_bits   # the 15-bit LFSR of samples/perceptron.py, from seed 12345

counts = array('h', [0] * 48)   # counts[16 * feature + 2 * bin + label]
feature = 0          # the best stump: predict 1 when the feature's bin is boundary or
boundary = 0         # more (flip 0), or less than boundary (flip 1)
flip = 0


def choose():
    """Puts in feature, boundary and flip the stump that fits the counts best."""
    global feature, boundary, flip
    best = -1
    for f in range(3):
        below = 0        # samples below the boundary: label 0 minus label 1, running
        total = 0        # label 1 minus label 0 over all bins
        for k in range(8):
            total += counts[16 * f + 2 * k + 1] - counts[16 * f + 2 * k]
        for k in range(1, 8):
            below += counts[16 * f + 2 * k - 2] - counts[16 * f + 2 * k - 1]
            score = total + 2 * below   # right minus wrong of "1 from bin k up"
            if score > best:
                best, feature, boundary, flip = score, f, k, 0
            if -score > best:
                best, feature, boundary, flip = -score, f, k, 1


def predict(x):
    return (x[feature] >> 3 >= boundary) != flip


x = [0, 0, 0]
correct = right = 0
for step in range(1100):
    for f in range(3):
        x[f] = random_bits(6)
    clean = x[1] >= 40
    label = not clean if random_bits(7) % 10 == 0 else clean
    if step == 100:
        print("stump: feature", feature, "boundary", boundary * 8, "flip", flip)
        print("progressive accuracy over 100 steps:", correct, "%")
        correct = 0
    correct += predict(x) == label
    if step >= 100:
        right += predict(x) == clean
        continue
    for f in range(3):
        counts[16 * f + 2 * (x[f] >> 3) + label] += 1
    choose()
print("held-out accuracy:", correct // 10, "% (noisy labels),", right // 10, "% (rule)")
