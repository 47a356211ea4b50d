# The seed's MicroPerceptron as a class: fields, a default argument, methods calling methods.
class MicroPerceptron:
    def __init__(self, n_inputs, lr=1):
        self.weights = [0] * n_inputs
        self.bias = 0
        self.lr = lr

    def predict(self, x):
        total = self.bias
        for i in range(len(x)):
            total += self.weights[i] * x[i]
        return 1 if total >= 0 else 0

    def train(self, x, target):
        error = target - self.predict(x)
        if error != 0:
            for i in range(len(x)):
                self.weights[i] += self.lr * error * x[i]
            self.bias += self.lr * error
        return error


model = MicroPerceptron(2)
data = [[0, 0], [0, 1], [1, 0], [1, 1]]
labels = [0, 0, 0, 1]
for epoch in range(10):
    errors = 0
    for j in range(len(data)):
        if model.train(data[j], labels[j]) != 0:
            errors += 1
    print(epoch, errors, model.weights, model.bias)
for x in data:
    print(x, model.predict(x))
