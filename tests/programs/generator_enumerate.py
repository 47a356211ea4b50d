# enumerate() of a generator in for loops and comprehensions: start (a keyword too) evaluated
# after the generator's arguments and before its code; continue, break and else.
def batches(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def count_to(n):
    print("start", n)
    k = 1
    while k <= n:
        yield k
        k += 1
    print("done")


def start_at():
    print("start evaluated")
    return 10


data = list(range(1, 11))
for k, batch in enumerate(batches(data, 3)):
    print(k, batch, sum(batch))
for pair in enumerate(count_to(3), start=5):
    print(pair)
for i, v in enumerate(count_to(4), start_at()):
    if v == 2:
        continue
    if v == 4:
        break
    print(i, v)
else:
    print("no break")
for i, v in enumerate(count_to(2), -1):
    print(i, v)
else:
    print("else ran")
print([(i, b[0]) for i, b in enumerate(batches(data, 4))])
print(sum(i * v for i, v in enumerate(count_to(3))))
def inner():
    for i, v in enumerate(count_to(2), 1):
        yield i * 100 + v
print(list(inner()))
