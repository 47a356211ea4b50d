# A comprehension in the index of an assignment's target: the value first, then the index, as CPython
# evaluates them (op=: the index, then the value).
counts = {}
words = ["a", "b"]
counts[" ".join(w for w in words)] = 1
counts["-".join(sorted(w.upper() for w in words))] = len(counts)
xs = [0, 0, 0]
xs[sum(1 for v in xs if v)] += 1
xs[sum(1 for v in xs if v)] += 5
def log(m):
    print("eval", m)
    return m
xs[len([log(1) for _ in "a"])] = log(7)
print(counts, xs)
