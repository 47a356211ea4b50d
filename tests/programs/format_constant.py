# A format string kept in a module constant (ROW = "...", then ROW.format(...) or FMT % args),
# as table-printing scripts write it: each use formats as the literal written there would.
HEADER = "{:<8}|{:>6}|{:>6}"
ROW = "{name:<8}|{count:>6}|{share:>5}%"
LINE = "%-8s|%6d|%5d%%"
TOTAL = "{0}: {1} of {1}"

rows = [("apples", 12), ("kiwis", 3), ("plums", 25)]


def report(rows):
    total = sum(n for _, n in rows)
    print(HEADER.format("fruit", "count", "share"))
    for name, n in rows:
        print(ROW.format(name=name, count=n, share=n * 100 // total))
    for name, n in rows:
        print(LINE % (name, n, n * 100 // total))
    return TOTAL.format("total", total)


print(report(rows))
print(HEADER, len(LINE))
