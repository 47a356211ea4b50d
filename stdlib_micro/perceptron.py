"""The seed's integer perceptron (sections 3.2-3.3) over a list of weights: w[i] for input
i, then the bias last; weights are clamped to a signed byte after each update."""


def predict(w, x):
    """1 if w[-1] + sum of w[i] * x[i] >= 0, else 0."""
    total = w[len(w) - 1]
    for i in range(len(x)):
        total += w[i] * x[i]
    return 1 if total >= 0 else 0


def train_step(w, x, target, rate):
    """One perceptron step: predicts x; when wrong, moves every weight by rate * error * x[i]
    (the bias by rate * error), clamped to -128 .. 127. Returns the prediction made."""
    guess = predict(w, x)
    error = target - guess
    if error != 0:
        for i in range(len(x)):
            w[i] = max(-128, min(127, w[i] + rate * error * x[i]))
        last = len(w) - 1
        w[last] = max(-128, min(127, w[last] + rate * error))
    return guess
