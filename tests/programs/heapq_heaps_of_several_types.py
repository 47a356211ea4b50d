# Heaps of ints, of (int, str) and of (int, str, int) tuples in one program, the first push of a
# tuple heap before the int heap is popped: each call gets a copy of heapq's functions that fits
# its heap (the variable typed by a later call that shares a function is given a copy too).
import heapq

pq = []
heapq.heappush(pq, (4, "d"))
heapq.heappush(pq, (1, "a"))
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heappop(h), h)
tasks = []
heapq.heappush(tasks, (2, "write", 7))
heapq.heappush(tasks, (1, "read", 0))
print(heapq.heappop(pq), heapq.heappop(tasks), pq, tasks)


def dijkstra(graph, start):
    dist = {start: 0}
    frontier = [(0, start)]
    while frontier:
        d, node = heapq.heappop(frontier)
        if d > dist.get(node, 1000):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, 1000):
                dist[nxt] = nd
                heapq.heappush(frontier, (nd, nxt))
    return dist


graph = {"a": [("b", 2), ("c", 5)], "b": [("c", 1)], "c": []}
print(sorted(dijkstra(graph, "a").items()))
