# samples/perceptron.py written with the seed's classes (MicroPerceptron, a data stream): the
# same 2-input streaming perceptron, the same pseudo-random stream and the same output; the
# model and the stream are objects instead of globals. Under python3:
#   PYTHONPATH=stdlib_micro python3 samples/perceptron_classes.py
# Every value stays within 16 bits, so it runs on kilopy's 16-bit VM as well as its 32-bit one.

import micro

STEPS = 100


class StreamingData:
    def __init__(self, seed):
        self.seed = seed     # state of a 15-bit Galois LFSR (x^15 + x^14 + 1, period 32767)

    def next_bit(self):
        bit = self.seed & 1
        self.seed >>= 1
        if bit:
            self.seed ^= 0x6000
        return bit

    def random_bits(self, n):
        value = 0
        for _ in range(n):
            value = (value << 1) | self.next_bit()
        return value


class MicroPerceptron:
    def __init__(self, lr):
        self.w0 = 0
        self.w1 = 0
        self.bias = 0
        self.lr = lr         # integer; the seed's 10 (0.1 at scale 100) saturates 8-bit weights

    def clamp8(self, v):
        return max(-128, min(127, v))

    def predict(self, x0, x1):
        total = self.bias + self.w0 * x0 + self.w1 * x1
        return 1 if total >= 0 else 0

    def train(self, x0, x1, target):
        error = target - self.predict(x0, x1)
        if error != 0:
            self.w0 = self.clamp8(self.w0 + self.lr * error * x0)
            self.w1 = self.clamp8(self.w1 + self.lr * error * x1)
            self.bias = self.clamp8(self.bias + self.lr * error)


def main():
    data = StreamingData(12345)
    model = MicroPerceptron(1)
    correct = 0
    for step in range(STEPS):
        x = data.random_bits(6)          # 6-bit sensor readings
        y = data.random_bits(6)
        label = 1 if y > x else 0
        if data.random_bits(7) % 10 == 0:  # about 10% label noise
            label = 1 - label
        x0 = x - 32                      # centred
        x1 = y - 32
        if model.predict(x0, x1) == label:
            correct += 1
        micro.trace(step + 1, correct)   # progressive accuracy: run with --trace FILE
        model.train(x0, x1, label)
        if (step + 1) % 25 == 0:
            print("step", step + 1, "accuracy so far", correct * 100 // (step + 1), "%")
    print("weights:", model.w0, model.w1, "bias:", model.bias)
    print("accuracy:", correct * 100 // STEPS, "%")


if __name__ == "__main__":
    main()
