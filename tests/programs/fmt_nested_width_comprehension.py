# An f-string with a nested width before (or as) a field that holds a comprehension or a reduction.
xs = [1, 2, 3]
w = 4
s = "ab"
print(f"{w:{w}}{[v for v in xs]}")
print(f"{s:>{w}}|{sum(v for v in xs)}|{len([v for v in xs if v > 1])}")
print(f"{s:{sum(v for v in xs)}}|")
print(f"{s:^{w + 2}}{max(xs, key=lambda v: -v)}{list(zip(xs, xs))}")
y = f"{'total':<{w * 2}} | {sum(v * v for v in xs):>3} |"
print(y)


def table(rows, width):
    out = []
    for name, n in rows:
        out.append(f"{name:<{width}}{n:>{width}}{any(c == 'x' for c in name)}")
    return out


print(table([("ax", 1), ("b", 22)], 5))
print(f"{w:0{len([v for v in xs])}d}{[c for c in s]}")
