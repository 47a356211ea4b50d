# collections.deque as a breadth-first search's queue (grid and graph), a sliding window's
# buffer (popleft when it is full) and a queue class's field; one function called with a deque
# and with a list.
from collections import deque


def shortest(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if (r, c) == goal:
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1


def order(graph, root):
    seen = {root}
    q = deque()
    q.append(root)
    out = []
    while q:
        node = q.popleft()
        out.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return out


def moving_average(stream, k):
    window = deque()
    total = 0
    out = []
    for x in stream:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.popleft()
        out.append(total // len(window))
    return out


class Tasks:
    def __init__(self):
        self.pending = deque()

    def add(self, name, urgent=False):
        if urgent:
            self.pending.appendleft(name)
        else:
            self.pending.append(name)

    def run(self):
        done = []
        while self.pending:
            done.append(self.pending.popleft())
        return done

    def __repr__(self):
        return f"Tasks({self.pending})"


def size(xs):
    return len(xs)


maze = ["..#..", ".##.#", "...#.", "#...."]
print(shortest(maze, (0, 0), (3, 4)), shortest(maze, (0, 0), (0, 4)), shortest([".#", "#."], (0, 0), (1, 1)))
g = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(order(g, 1), order(g, 3))
print(moving_average([4, 8, 15, 16, 23, 42, 7, 1], 3))
t = Tasks()
t.add("wash")
t.add("cook")
t.add("call", urgent=True)
print(t, t.run(), t)
print(size(deque("abc")), size([1, 2]))
