# An integer MLP over lists: 4 inputs, 8 ReLU hidden units, 2 outputs, weights in flat lists;
# N samples from a small LCG, the output layer trained on its errors. Host speed workload
# (bench/host_speed.py); twins mlp.c, mlp.lua (Lua 5.4), mlp.luajit.lua.
N = 30000
IN = 4
HID = 8
seed = 1


def rand():
    global seed
    seed = (seed * 75 + 74) % 65537
    return seed


def main():
    w1 = [(i * 7) % 11 - 5 for i in range(IN * HID)]
    w2 = [(i * 5) % 9 - 4 for i in range(2 * HID)]
    x = [0] * IN
    h = [0] * HID
    correct = 0
    for n in range(N):
        for i in range(IN):
            x[i] = rand() % 32 - 16
        label = 1 if x[0] + x[1] > x[2] - x[3] else 0
        for j in range(HID):
            s = 0
            for i in range(IN):
                s += w1[j * IN + i] * x[i]
            h[j] = s // 8 if s > 0 else 0
        o0 = 0
        o1 = 0
        for j in range(HID):
            o0 += w2[j] * h[j]
            o1 += w2[HID + j] * h[j]
        if (1 if o1 > o0 else 0) == label:
            correct += 1
        else:
            d = 1 if label == 1 else -1
            for j in range(HID):
                w2[HID + j] = max(-64, min(64, w2[HID + j] + d * (h[j] // 4)))
                w2[j] = max(-64, min(64, w2[j] - d * (h[j] // 4)))
    print("correct:", correct, "of", N)
    print("w2:", w2)


main()
