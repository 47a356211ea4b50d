# The seed's incremental learner (section 4.3) on the seed's linear task, the stream of
# samples/perceptron.py (6-bit x and y, label y > x, about 10% of labels flipped). It keeps
# only the last 3 samples, in 3 lists, and after each new sample runs one perceptron step on
# each of them (the seed's mini_batch_train). 100 steps (progressive accuracy per step to
# micro.trace: run with --trace FILE), then accuracy on the next 1000 samples, held out,
# against their noisy labels and against y > x. All values fit 16 bits.

import micro
from prng import random_bits   # the 15-bit LFSR of samples/perceptron.py, from seed 12345

w0 = w1 = bias = 0   # 8-bit clamped weights
recent_x = [0] * 0   # the last 3 samples
recent_y = [0] * 0
recent_labels = [0] * 0


def clamp8(v):
    return max(-128, min(127, v))


def predict(x, y):
    return 1 if bias + w0 * x + w1 * y >= 0 else 0


def train_step(x, y, target):
    global w0, w1, bias
    error = target - predict(x, y)
    if error != 0:
        w0 = clamp8(w0 + error * x)
        w1 = clamp8(w1 + error * y)
        bias = clamp8(bias + error)


def update_model(x, y, label):
    if len(recent_x) >= 3:
        recent_x.pop(0)
        recent_y.pop(0)
        recent_labels.pop(0)
    recent_x.append(x)
    recent_y.append(y)
    recent_labels.append(label)
    for i in range(len(recent_x)):
        train_step(recent_x[i], recent_y[i], recent_labels[i])


correct = right = 0
for step in range(1100):
    x = random_bits(6) - 32
    y = random_bits(6) - 32
    clean = 1 if y > x else 0
    label = 1 - clean if random_bits(7) % 10 == 0 else clean
    if step == 100:
        print("weights:", w0, w1, "bias:", bias)
        correct = 0
    correct += predict(x, y) == label
    if step >= 100:
        right += predict(x, y) == clean
        continue
    micro.trace(step + 1, correct)
    update_model(x, y, label)
print("held-out accuracy:", correct // 10, "% (noisy labels),", right // 10, "% (y > x)")
