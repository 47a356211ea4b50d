# `k in d` with d a dict or None: CPython's TypeError for None, after both operands are evaluated.
def index(words):
    if not words:
        return None
    seen = {}
    for i, w in enumerate(words):
        seen[w] = i
    return seen


idx = index(["a", "b"])
print("a" in idx, "z" not in idx, idx)
empty = index([])
print(empty)
print("a" in empty)
print("unreachable")
