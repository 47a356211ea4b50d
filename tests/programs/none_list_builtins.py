# A list or None given to sorted(), list(), any(), all(), tuple(): None raises CPython's 'not iterable' TypeError (caught, then not).
def get(k):
    return [3, 1, 2] if k else None


xs = get(1)
print(sorted(xs), list(xs), any(xs), all(xs), tuple(xs))
ys = get(0)
try:
    print(sorted(ys))
except TypeError as e:
    print("caught:", e)
print(list(ys))
