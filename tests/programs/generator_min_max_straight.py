# min(), max() and next() of generators whose yields are not in a loop (the comparison branch
# of the first inlined yield never runs, but reads the running best: it was refused); next(gen()).
def gen(k):
    if k > 0:
        yield 5
    yield 2
    if k > 1:
        yield 9


def words():
    yield "pear"
    yield "fig"
    yield "banana"


print(max(gen(0)), min(gen(2)), max(gen(2)), min(gen(1)))
print(max(words(), key=len), min(words(), key=len), min(words()))
print(max((v * 2 for v in gen(2)), default=-1), next(v for v in gen(1)))


def nothing(k):
    if k > 5:
        yield 1


print(max(nothing(0), default=7))
try:
    print(min(nothing(0)))
except ValueError as e:
    print("ValueError", e)
def thirds(k):
    for i in range(k):
        yield i * 3
print(next(thirds(2)))
try:
    print(next(thirds(0)))
except StopIteration:
    print("stop")
