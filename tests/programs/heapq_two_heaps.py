# heapq (stdlib_micro/_kilopy_heapq.py; CPython's own under python3): a Dijkstra over (distance,
# node) tuples and a task queue of (length, order, name) tuples in one program.
# kilopy: heap=4096
import heapq


def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    done = set()
    while pq:
        d, node = heapq.heappop(pq)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dist


graph = {
    "a": [("b", 4), ("c", 1)],
    "b": [("d", 1)],
    "c": [("b", 2), ("d", 5)],
    "d": [],
}
dist = dijkstra(graph, "a")
for k in sorted(dist):
    print(k, dist[k])

tasks = []
for i, name in enumerate(["write", "test", "ship", "plan"]):
    heapq.heappush(tasks, (len(name), i, name))
print(tasks)
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(3, [5, 1, 9, 3]))
