# k-NN over a sliding window of labelled points, each a list [x, y, label]: the window's lists
# are made and dropped as it slides (a list-heavy heap; avr/programs compares its arena stats).
WINDOW = 6
K = 3


def dist2(p, x, y):
    dx = p[0] - x
    dy = p[1] - y
    return dx * dx + dy * dy


def classify(window, x, y):
    # the K nearest: repeatedly take the closest point not taken yet
    taken = [0] * len(window)
    votes = 0
    for _ in range(K):
        best = -1
        best_d = 0
        for i in range(len(window)):
            if taken[i] == 0:
                d = dist2(window[i], x, y)
                if best < 0 or d < best_d:
                    best = i
                    best_d = d
        taken[best] = 1
        votes += window[best][2]
    return 1 if votes * 2 > K else 0


window = []
seed = 7
correct = 0
for step in range(40):
    seed = (seed * 75 + 74) % 257
    x = seed % 31 - 15
    seed = (seed * 75 + 74) % 257
    y = seed % 31 - 15
    label = 1 if x + y > 0 else 0
    if len(window) >= K:
        guess = classify(window, x, y)
        if guess == label:
            correct += 1
        print(step, x, y, label, guess)
    window.append([x, y, label])
    if len(window) > WINDOW:
        window.pop(0)
print("correct:", correct, "window:", window)
