# f-string widths given by a field of their own, f"{x:>{w}}": every alignment, a fill, sign,
# '#', '0', grouping and types, strs and ints, !r, widths from expressions and calls (the value
# is evaluated before the width), negative widths (CPython's spec "-3" and its ValueErrors),
# inside print() and as str values.
names = ["ant", "bee", "caterpillar", ""]
scores = [5, -12, 1234, 0]
w = max(len(n) for n in names)
for n, s in zip(names, scores):
    print(f"{n:<{w}}|{n:>{w}}|{n:^{w}}|{n:{w}}|{s:{w}}|{s:<{w}}|{s:^{w + 1}}|{s:*>{w}}|")
    print(f"{s:+{w}}|{s:0{w}}|{s:0{w}d}|{s:#{w}x}|{s:>{w},}|{s:{w}_}|{s:{w}b}|{s!r:>{w}}|{n!r:^{w + 2}}|")
    line = f"[{n:.<{w}}] [{s:_^{w}d}] [{s:-{w}X}] [{s: ^{w}o}]"
    print(line, len(line))
for width in [-4, -1, 0, 1, 3, 9]:
    print(f"<{7:{width}}>", f"<{-7:>{width}}>", f"<{42:*^{width}}>", f"<{'ab':{0 if width < 0 else width}}>")
    try:
        print(f"{'ab':{width}}")
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(f"{5:+{width}d}")
    except ValueError as e:
        print("ValueError:", e)
    try:
        r = f"{5:#{width}x}"
        print(r)
    except ValueError as e:
        print("ValueError:", e)
    try:
        r = f"{-5:0{width}}"
        print(r)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print("x" + f"{'abc':>{width}}" + "y")
    except ValueError as e:
        print("ValueError:", e)


def cols():
    print("called cols")
    return 6


def val():
    print("called val")
    return 3


print(f"{val():>{cols()}}|")
t = f"{val():<{cols()}}|"
print(t)
rows = [("alpha", 1), ("beta", 22), ("gamma", 333)]
kw = max(len(k) for k, _ in rows)
vw = max(len(str(v)) for _, v in rows)
table = []
for k, v in rows:
    print(f"{k:<{kw}} : {v:>{vw}}")
    table.append(f"{k:>{kw + 1}}={v:<{vw}}.")
print(table)
print(f"{'内存':*^{6}}|{7:é>{4}}|{'é':>{3}}|{True!s:>{6}}|{None!r:<{6}}|{[1, 2]!s:>{8}}|")
