# Generator pipelines: a generator's call passed to a generator that iterates it once; arguments
# evaluated at the call, each generator's code run as it is iterated.
def numbers(n):
    print("numbers starts")
    for i in range(n):
        yield i


def evens(it):
    print("evens starts")
    for x in it:
        if x % 2 == 0:
            yield x


def take(k, it):
    if k <= 0:
        return
    for x in it:
        yield x
        k -= 1
        if k == 0:
            return


def squares(it):
    yield 0
    yield from it


for v in take(3, evens(numbers(20))):
    print(v)
print(sum(x for x in evens(numbers(7))))
print([s for s in squares(take(2, numbers(5)))])
n = 4
for v in evens(numbers(n)):
    n = 100
    print(v, n)
def numbers2(n, start=0):
    for i in range(start, n):
        yield i


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev, x
        prev = x


def twice(it):
    for x in it:
        yield x
    for x in it:
        yield x


for i, v in enumerate(numbers2(4, start=1)):
    print(i, v)
for i, (a, b) in enumerate(pairs(numbers2(start=2, n=6)), 10):
    print(i, a, b)
print(list(pairs(numbers(3))))
print([x for x in twice([1, 2])])
print(max(b - a for a, b in pairs(numbers(5))))
