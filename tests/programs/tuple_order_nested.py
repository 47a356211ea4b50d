# Dijkstra on a grid with heapq entries (dist, (r, c)): tuples holding tuples are ordered
# lexicographically, inside too (a shorter inner tuple that starts the other is less).
import heapq

grid = [
    "S.#.",
    "..#.",
    "...E",
]
rows, cols = len(grid), len(grid[0])
start = (0, 0)
goal = (2, 3)
dist = {start: 0}
pq = [(0, start)]
while pq:
    d, (r, c) = heapq.heappop(pq)
    if (r, c) == goal:
        print("reached", d)
        break
    if d > dist.get((r, c), 9999):
        continue
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            nd = d + 1
            if nd < dist.get((nr, nc), 9999):
                dist[(nr, nc)] = nd
                heapq.heappush(pq, (nd, (nr, nc)))
print(len(dist), dist[(2, 3)], dist[(1, 1)])
a = (1, (2, 3))
b = (1, (2, 4))
c = (1, (2, 3))
print(a < b, a > b, a <= c, a >= c, b > a, (0, (9, 9)) < a, (1, ("x", 2)) < (1, ("x", 3)))
print((1, (2,)) < (1, (2, 3)), (1, (2, 3)) <= (1, (2,)), (1, (2, 3), 0) > (1, (2, 3)), max((3, (1, 2)), (3, (1, 5))))
