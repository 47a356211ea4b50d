# nonlocal in nested functions: a counter a DFS bumps, several variables two nested functions
# share (one first None), a parameter, a str rebuilt; the outer function sees every store.
def count_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    size = 0
    best = 0

    def dfs(r, c):
        nonlocal size
        if r < 0 or c < 0 or r >= rows or c >= cols:
            return
        if grid[r][c] == 0 or (r, c) in seen:
            return
        seen.add((r, c))
        size += 1
        dfs(r + 1, c)
        dfs(r - 1, c)
        dfs(r, c + 1)
        dfs(r, c - 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                size = 0
                dfs(r, c)
                islands += 1
                best = max(best, size)
    return islands, best


print(count_islands([[1, 1, 0, 0], [0, 1, 0, 1], [1, 0, 0, 1], [1, 1, 0, 0]]))


def make_stats(data, scale):
    total = 0
    count = 0
    last = None

    def add(x):
        nonlocal total, count, last
        total += x * scale
        count += 1
        last = x

    def mean():
        return total // count if count else 0

    for d in data:
        add(d)
    print(total, count, last, mean())
    scale = 10
    add(5)
    return mean()


print(make_stats([3, 4, 8], 2))


def bump(n):
    def inc():
        nonlocal n
        n += 1
    inc()
    inc()
    return n


print(bump(5))


def labels():
    prefix = "a"
    out = []

    def push(v):
        nonlocal prefix
        out.append(prefix + str(v))
        prefix = prefix + "b"

    for i in range(3):
        push(i)
    return out, prefix


print(labels())
