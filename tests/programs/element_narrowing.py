# Element reads narrowed by a None test before them (lists of ints and None, lists of objects
# or None), and the calls, stores and rebindings that end it.


def fib(n, memo):
    if memo[n] is not None:
        return memo[n]
    r = n if n < 2 else fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = r
    return r


def ways(n, memo):
    if memo[n] is None:
        memo[n] = 1 if n <= 1 else ways(n - 1, memo) + ways(n - 2, memo)
    return memo[n]


def clear_first(xs):
    xs[0] = None


class Node:
    def __init__(self, value):
        self.value = value


def total_present(nodes):
    total = 0
    for i in range(len(nodes)):
        if nodes[i] is not None:
            total += nodes[i].value
    return total


def main():
    print(fib(22, [None] * 23))
    print(ways(20, [None] * 21))
    xs = [None, 4, None, 6]
    xs[0] = 3
    s = 0
    for i in range(len(xs)):
        if xs[i] is not None and xs[i] > 3:
            s += xs[i]
        elif xs[i]:
            s -= xs[i]
    print(s)
    if xs[0] is not None:
        clear_first(xs)
        print(xs[0])
    ys = xs
    xs[1] = 9
    if xs[1] is not None:
        ys[1] = None
        print(xs[1])
    i = 1
    xs[1] = 2
    if xs[i] is not None:
        i = 2
        print(xs[i])
    nodes = [Node(1), None, Node(5)]
    print(total_present(nodes))
    j = 0
    zs = [1, 2, None, 4]
    acc = 0
    while zs[j] is not None:
        acc += zs[j]
        j += 1
    print(acc, j)
    print(zs[3] + 1 if zs[3] is not None else -1)



def extend_alias(xs, i):
    ys = xs
    if xs[i] is not None:
        ys += [None]  # extends the list xs names too: xs[-1] is None now
        print([xs[i]])


main()
extend_alias([1, None, 3], -1)
