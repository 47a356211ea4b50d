# Generators yielding objects and strs, with a docstring; an exception raised in a generator,
# caught around the loop and then uncaught (its traceback names the generator's line).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def points(n):
    """Points on a diagonal."""
    for i in range(n):
        yield P(i, i * i)


def words(s):
    w = ""
    for ch in s:
        if ch == " ":
            if w:
                yield w
            w = ""
        else:
            w += ch
    if w:
        yield w


def check(xs):
    for x in xs:
        if x < 0:
            raise ValueError("negative: " + str(x))
        yield x


def main():
    best = None
    for p in points(4):
        if best is None or p.y > best.y:
            best = p
    print(best.x, best.y)
    print([w.upper() for w in words("the  quick brown fox ")])
    print(max(len(w) for w in words("a bb ccc dd")))
    acc = [0, 0]
    for v in check([1, 2, 3]):
        acc[0] += v
    print(acc)
    try:
        for v in check([5, -2, 7]):
            print("ok", v)
    except ValueError as e:
        print("error:", e)
    for v in check([1, -9]):
        print("v", v)


main()
