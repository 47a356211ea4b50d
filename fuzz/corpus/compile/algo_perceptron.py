# A mini perceptron with integer weights trained on AND, OR and (non-separable) XOR; sample order from a 15-bit LFSR.
w0 = 0
w1 = 0
bias = 0
s = 777

def rnd():
    global s
    b = s & 1
    s >>= 1
    if b:
        s ^= 0x6000
    return s

def predict(x0, x1):
    act = w0 * x0 + w1 * x1 + bias
    return 1 if act > 0 else 0

def target(kind, x0, x1):
    if kind == 0:
        return x0 & x1
    if kind == 1:
        return x0 | x1
    return x0 ^ x1

def train(x0, x1, t, rate):
    global w0, w1, bias
    err = t - predict(x0, x1)
    if err != 0:
        w0 += rate * err * x0
        w1 += rate * err * x1
        bias += rate * err
    return abs(err)

def fit(kind, rate, max_epochs):
    global w0, w1, bias
    w0 = w1 = bias = 0
    epoch = 0
    errors = 1
    while errors > 0 and epoch < max_epochs:
        errors = 0
        start = rnd() % 4
        for k in range(4):
            idx = (start + k) % 4
            x0 = idx & 1
            x1 = idx >> 1
            errors += train(x0, x1, target(kind, x0, x1), rate)
        print(errors, end=" ")
        epoch += 1
    print()
    return epoch

for kind in range(3):
    e = fit(kind, 2, 20)
    print("kind", kind, "epochs", e, "weights", w0, w1, bias)
    wrong = 0
    for idx in range(4):
        x0 = idx & 1
        x1 = idx >> 1
        p = predict(x0, x1)
        print(x0, x1, p)
        if p != target(kind, x0, x1):
            wrong += 1
    print("wrong", wrong)
