# The seed's streaming perceptron (sections 3.2-3.3), runnable for real: 2 integer inputs
# streamed one sample at a time from an in-program pseudo-random generator (nothing is stored),
# the label y > x with 10% label noise, 8-bit clamped integer weights, an integer learning
# rate, 100 training steps, then the weights and the accuracy. The progressive accuracy of
# every step also goes to micro.trace (`kilopy run --trace FILE`; under python3, the file
# named by KILOPY_TRACE). Under python3, stdlib_micro/ holds the micro module:
#   PYTHONPATH=stdlib_micro python3 samples/perceptron.py
# Every value stays within 16 bits, so it runs on kilopy's 16-bit VM as well as its 32-bit one.

import micro

STEPS = 100
LEARNING_RATE = 1    # integer; the seed's 10 (0.1 at scale 100) saturates 8-bit weights at once

seed = 12345         # state of a 15-bit Galois LFSR (x^15 + x^14 + 1, period 32767)
w0 = 0
w1 = 0
bias = 0


def next_bit():
    global seed
    bit = seed & 1
    seed >>= 1
    if bit:
        seed ^= 0x6000
    return bit


def random_bits(n):
    value = 0
    for _ in range(n):
        value = (value << 1) | next_bit()
    return value


def clamp8(v):
    return max(-128, min(127, v))


def predict(x0, x1):
    total = bias + w0 * x0 + w1 * x1
    return 1 if total >= 0 else 0


def train_step(x0, x1, target):
    global w0, w1, bias
    error = target - predict(x0, x1)
    if error != 0:
        w0 = clamp8(w0 + LEARNING_RATE * error * x0)
        w1 = clamp8(w1 + LEARNING_RATE * error * x1)
        bias = clamp8(bias + LEARNING_RATE * error)


def main():
    correct = 0
    for step in range(STEPS):
        x = random_bits(6)          # 6-bit sensor readings
        y = random_bits(6)
        label = 1 if y > x else 0
        if random_bits(7) % 10 == 0:  # about 10% label noise
            label = 1 - label
        x0 = x - 32                 # centred
        x1 = y - 32
        if predict(x0, x1) == label:
            correct += 1
        micro.trace(step + 1, correct)   # progressive accuracy: run with --trace FILE
        train_step(x0, x1, label)
        if (step + 1) % 25 == 0:
            print("step", step + 1, "accuracy so far", correct * 100 // (step + 1), "%")
    print("weights:", w0, w1, "bias:", bias)
    print("accuracy:", correct * 100 // STEPS, "%")


if __name__ == "__main__":
    main()
