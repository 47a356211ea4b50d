# Names that occur only in one kind of child field: a method call's receiver (its index),
# a keyword value, an assert message, a default value, an augmented target's index, a for
# loop's else block. Every analysis must see them (scope, types, constants, definite
# assignment, dead-function elimination, the code generator's surveys).
K = 1
ROWS = 3


def pick(n):
    return n % ROWS


def fill(grid, v):
    # K only in receivers (constant globals, read 3+ times: promoted or substituted)
    grid[K].append(v)
    grid[K].append(v + 1)
    grid[K].insert(0, v + 2)
    return grid[K].pop()


def fresh(x=-4, flag=True, none=None):
    if flag and none is None:
        return x
    return 0


def main():
    grid = [[5], [0] * 0, [6]]
    print(fill(grid, 7), grid, sep=" | ", end=" .\n")
    # pick() is called only inside a receiver's index: it must not be dropped
    grid[pick(4)].append(9)
    grid[pick(5)][0] += 100
    print(grid)
    assert len(grid[K]) == 3, "the receiver was skipped"
    print(fresh(), fresh(5), fresh(6, False))
    total = 0
    for i in range(3):
        total += i
    else:
        last = total * 2
    print(total, last)
    if total > 100:
        seen = 1
    while total > 0:
        total -= 1
        if total == 1:
            seen = 2
            break
    else:
        seen = 3
    print(seen)


main()
