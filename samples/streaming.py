# kilopy: input=data/breast_cancer.csv
# A perceptron trained from a stream of real data: the Wisconsin diagnostic breast cancer
# set (samples/data/breast_cancer.csv: 569 tumours, 30 int8 features, label 0 malignant or
# 1 benign), read one integer at a time with micro.read(), so no sample is ever stored,
# until micro.read() raises EOFError at the end of the input.
# Run it with the data on the input stream:
#   kilopy run --int-bits 16 --input samples/data/breast_cancer.csv samples/streaming.py
#   python3 samples/streaming.py < samples/data/breast_cancer.csv   (with stdlib_micro on PYTHONPATH)
# The first 400 rows train it (progressive accuracy every 50); the other 169, held out, test
# the averaged perceptron: the weights summed every 8th row (at most 50 * 127 per sum).
# Each feature is shifted right by 4 (to -8..7) so that a sum of 30 products with 8-bit
# weights stays within 16 bits.

from array import array
import micro

FEATURES = 30
TRAIN = 400

w = array('b', [0] * (FEATURES + 1))   # w[FEATURES] is the bias
sums = array('h', [0] * (FEATURES + 1))  # w summed every 8th row: the averaged model
x = array('b', [0] * FEATURES)


def percent(a, n):
    # 100 * a // n without the 16-bit overflow of 100 * a (a <= n <= 569): with 25a = qn + r,
    # 100a // n = 4q + 4r // n.
    return 4 * (25 * a // n) + 4 * (25 * a % n) // n


def clamp8(v):
    return max(-128, min(127, v))


def predict(averaged):
    total = sums[FEATURES] >> 6 if averaged else w[FEATURES]
    for i in range(FEATURES):
        total += (sums[i] >> 6 if averaged else w[i]) * x[i]
    return 1 if total >= 0 else 0


def read_row():
    # x := the next row's features, shifted; returns its label. micro.read() raises EOFError
    # at the end of the input.
    for i in range(FEATURES):
        x[i] = micro.read() >> 4
    return micro.read()


row = correct = tested = 0
while True:
    try:
        label = read_row()
    except EOFError:  # the streaming idiom: read until the input ends
        break
    if row == TRAIN:
        print("weight sums:", sums)
        correct = 0
    row += 1
    if row > TRAIN:
        correct += predict(True) == label
        tested += 1
        continue
    error = label - predict(False)
    correct += error == 0
    if error != 0:
        for i in range(FEATURES):
            w[i] = clamp8(w[i] + error * x[i])
        w[FEATURES] = clamp8(w[FEATURES] + error)
    if row % 8 == 0:
        for i in range(FEATURES + 1):
            sums[i] += w[i]
    if row % 50 == 0:
        print("step", row, "accuracy so far", percent(correct, row), "%")
print("held-out accuracy:", percent(correct, tested), "% of", tested, "rows")
