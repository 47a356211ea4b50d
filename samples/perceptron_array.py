# The seed's streaming perceptron (its sections 3.2-3.3) with its weights in an array('b'): one
# byte per weight, in the VM's heap (docs/memory.md). The same learner as samples/perceptron.py:
# 2 integer inputs streamed one sample at a time from an in-program pseudo-random generator
# (nothing is stored), the label y > x with 10% label noise, 8-bit clamped integer weights, an
# integer learning rate, 100 training steps. Like the seed's program it reports only the result
# (the weights and the accuracy), no progress lines: this is the size benchmark of issue 3
# (image + arena peak, docs/memory.md). Every value fits 16 bits, so it runs on both VMs.

STEPS = 100
LEARNING_RATE = 1    # integer; the seed's 10 (0.1 at scale 100) saturates 8-bit weights at once

from array import array

seed = 12345         # state of a 15-bit Galois LFSR (x^15 + x^14 + 1, period 32767)
w = array('b', [0] * 3)   # w[0], w[1]: input weights; w[2]: bias (8-bit, as stored)


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
    total = w[2] + w[0] * x0 + w[1] * x1
    return 1 if total >= 0 else 0


def train_step(x0, x1, target):
    error = target - predict(x0, x1)
    if error != 0:
        w[0] = clamp8(w[0] + LEARNING_RATE * error * x0)
        w[1] = clamp8(w[1] + LEARNING_RATE * error * x1)
        w[2] = clamp8(w[2] + LEARNING_RATE * error)


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
        train_step(x0, x1, label)
    print(w)
    print("accuracy:", correct * 100 // STEPS, "%")


if __name__ == "__main__":
    main()
