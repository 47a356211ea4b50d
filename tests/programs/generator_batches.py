# Generators consumed by for loops: batches, sliding windows, adjacent pairs.


def batches(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def windows(xs, width=3):
    for i in range(len(xs) - width + 1):
        yield xs[i:i + width]


def pairs(xs):
    for i in range(len(xs) - 1):
        yield xs[i], xs[i + 1]


def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
for b in batches(data, 4):
    print(b, sum(b))
for w in windows(data):
    print(w)
for w in windows(data, width=5):
    print(max(w))
for a, b in pairs(data):
    if a < b:
        print(a, "<", b)
print("before")
for k in countdown(3):
    print("got", k)


def main():
    total = 0
    for b in batches(data, 3):
        for a, c in pairs(b):
            total += a * c
    print("total", total)
    n = 0
    for i in countdown(2):
        for j in countdown(i):
            n += i * j
    print("n", n)


main()
