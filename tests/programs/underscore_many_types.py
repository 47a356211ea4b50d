# The throwaway name _ bound to values of several types (for _, q, _ in rows; _, last = pair;
# for _ in range(n)): never read, so each store is a name of its own.
rows = [("a", 1, 2), ("b", 3, 4)]
for _, q, _ in rows:
    print(q)
def f(pairs):
    total = 0
    for _, v in pairs:
        total += v
    _, last = pairs[-1]
    for _ in range(2):
        total += 1
    return total
print(f([("x", 5), ("y", 7)]))
name, _ = "k", [1, 2]
print(name, [0 for _ in range(3)])
