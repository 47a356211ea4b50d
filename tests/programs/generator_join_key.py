# A generator of the file consumed by sep.join(), and by sorted()/max() with key=.
def labels(n):
    for i in range(n):
        yield "c" + str(i * 3 % 7)


def scores(xs):
    for x in xs:
        if x % 2:
            yield x * 10


print("-".join(labels(5)))
print("[" + ", ".join(labels(0)) + "]")
print(sorted(labels(6), key=lambda s: -int(s[1:])))
print(max(labels(6), key=len), min(scores([3, 8, 5, 1]), key=lambda v: v % 7))
print(sorted(scores(list(range(9))), key=lambda v: (v % 3, v), reverse=True))
