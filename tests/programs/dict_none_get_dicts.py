# d.get(k) and d.pop(k, None) of a dict of dicts: a dict or None, tested, created when missing, printed.
graph = {"a": {"b": 1}, "b": {}}


def neighbors(g, n):
    adj = g.get(n)
    if adj is None:
        adj = {}
        g[n] = adj
    return adj


neighbors(graph, "c")["a"] = 5
print(graph, neighbors(graph, "a"))
gone = graph.pop("b", None)
print(gone, graph.pop("zz", None), graph)
row = graph.get("a")
print(row is not None and "b" in row, row)
w = graph.get("q")
print(w, w is None)
