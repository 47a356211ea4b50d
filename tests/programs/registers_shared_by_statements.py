# Many comprehensions, generator uses and loops, at the module level and in a function: each
# statement's own variables live only while it runs, so they share registers with the next's.

def squares(n):
    for i in range(n):
        yield i * i

def window_sums(xs, k):
    total = 0
    for i, x in enumerate(xs):
        total += x
        if i >= k:
            total -= xs[i - k]
        if i >= k - 1:
            yield total

readings = [12, 15, 11, 19, 23, 18, 14, 21, 25, 17, 13, 20]
print([r - 10 for r in readings if r > 15])
print({r % 5: r for r in readings})
print(sorted({r // 4 for r in readings}))
print(sum(squares(6)), max(squares(5)), min(s for s in squares(7) if s > 3))
print(list(window_sums(readings, 3)))
print(any(w > 60 for w in window_sums(readings, 3)), all(r > 10 for r in readings))
print([(i, r) for i, r in enumerate(readings) if r % 2 == 0])
print([a * b for a, b in zip(readings, readings[1:]) if a < b][:4])
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs, len(pairs))
print(sum(x * y for x, y in pairs), [sum(row) for row in [[1, 2], [3, 4, 5]]])
grid = [[r * c for c in range(4)] for r in range(3)]
print(grid, max(max(row) for row in grid))
counts = {}
for r in readings:
    counts[r % 3] = counts.get(r % 3, 0) + 1
print(counts, [k for k, v in sorted(counts.items()) if v > 3])
low = [r for r in readings if r < 14]
print(low, [l * 2 for l in low])
odd_sq = [s for s in squares(9) if s % 2]
print(odd_sq, sum(o for o in odd_sq if o > 9))
print({w: w % 7 for w in window_sums(readings, 4) if w > 70})
print(",".join(str(s) for s in squares(5)), "-".join(str(w) for w in window_sums([1, 2, 3, 4], 2)))


def report(xs):
    lo = min(xs)
    hi = max(xs)
    print("range", lo, hi)
    scaled = [(x - lo) * 100 // (hi - lo) for x in xs]
    print(scaled)
    evens = [s for s in scaled if s % 2 == 0]
    odds = [s for s in scaled if s % 2 == 1]
    print(len(evens), len(odds), sum(evens) - sum(odds))
    buckets = [0, 0, 0, 0]
    for s in scaled:
        buckets[min(s // 25, 3)] += 1
    print(buckets)
    best = max(range(len(xs)), key=lambda i: xs[i])
    worst = min(range(len(xs)), key=lambda i: xs[i])
    print(best, worst)
    moving = list(window_sums(xs, 4))
    print(moving, sum(m for m in moving if m > 70))
    ranks = sorted(range(len(xs)), key=lambda i: (-xs[i], i))
    print(ranks[:5])
    text = " ".join(f"{x:>3}" for x in xs[:6])
    print(text)
    total = 0
    for i, sq in enumerate(squares(8)):
        total += i * sq
    print(total)
    flags = [x > 16 for x in xs]
    print(flags.count(True), [i for i, f in enumerate(flags) if f][:3])
    diffs = [b - a for a, b in zip(xs, xs[1:])]
    print(diffs, max(diffs), min(diffs))
    ups = sum(1 for d in diffs if d > 0)
    downs = sum(1 for d in diffs if d < 0)
    print(ups, downs)
    hist = {}
    for d in diffs:
        key = "up" if d > 0 else "down"
        hist[key] = hist.get(key, 0) + d
    print(sorted(hist.items()))
    peaks = [i for i in range(1, len(xs) - 1) if xs[i - 1] < xs[i] > xs[i + 1]]
    valleys = [i for i in range(1, len(xs) - 1) if xs[i - 1] > xs[i] < xs[i + 1]]
    print(peaks, valleys)
    spread = {k: [x for x in xs if x % 4 == k] for k in range(4)}
    print(spread)
    top3 = sorted(xs, reverse=True)[:3]
    print(top3, sum(top3) // len(top3))
    joined = "|".join(str(q) for q in squares(4))
    print(joined)
    mids = [x for x in xs if lo < x < hi]
    halves = [m // 2 for m in mids if m > 14]
    print(len(mids), halves, sum(h for h in halves if h % 2))
    return lo, hi


print(report(readings))
