# Element narrowing where a class defines an operator method: any operator may store None.
class Spy:
    def __init__(self, xs):
        self.xs = xs

    def __add__(self, other):
        self.xs[0] = None
        return 1


def drop(xs):
    xs[1] = None
    return 0


def main():
    xs = [None, 2, 3]
    xs[0] = 1
    spy = Spy(xs)
    if xs[0] is not None:
        t = spy + spy
        print(t, xs[0])
    if xs[1] is not None:
        print(xs[1], drop(xs), xs[1])
    memo = [None] * 4
    memo[3] = 4
    if memo[3] is not None and drop(memo) == 0 and memo[1] is None:
        print(memo[3] + 1)
    if memo[3]:
        print(memo[3], len(memo), memo[3] * 2)


main()
