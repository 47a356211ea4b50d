# find, rfind, count, index, rindex, startswith and endswith with a start (and an end), and
# list.index(v, start): the scans a parser or a log reader writes.
def fields(line, sep):
    out = []
    pos = 0
    while True:
        j = line.find(sep, pos)
        if j < 0:
            out.append(line[pos:])
            return out
        out.append(line[pos:j])
        pos = j + len(sep)


def positions(xs, v):
    found = []
    i = -1
    while True:
        try:
            i = xs.index(v, i + 1)
        except ValueError:
            return found
        found.append(i)


def quoted(text):
    words = []
    start = text.find('"')
    while start >= 0:
        end = text.index('"', start + 1)
        words.append(text[start + 1:end])
        start = text.find('"', end + 1)
    return words


log = "ts=12;lvl=warn;msg=disk;lvl=info;msg=ok"
print(fields(log, ";"), fields("a::b::", "::"))
print(positions([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 5), positions([], 1), positions([2, 2, 2], 2))
print(quoted('say "hi" and "bye" or ""'))
print(log.count("lvl", 10), log.count("=", 0, 15), log.count("", 30, 33), log.count("x", 50))
print(log.rfind("msg", 0, 30), log.rfind("lvl", -10), log.rindex("=", 0, 10))
print(log.startswith("lvl", 6), log.startswith("lvl", -17), log.endswith("warn", 0, 14), log.endswith("", 99))
print(log.index("msg", -8), log.find("", 39), log.find("", 40), log.find("t", 2, 1))
names = ["ann", "bob", "ann", "cy", "ann"]
print(names.index("ann", 1), names.index("ann", -1), names.index("cy", 0, 4))
codes = "AXBXCX"
for k in range(-8, 8, 3):
    print(k, codes.find("X", k), codes.rfind("X", 0, k), codes.count("X", k), codes.startswith("X", k))
for probe in [("ann", 3, 4), ("zed", 0, 5), ("bob", 2, 99)]:
    try:
        print(names.index(probe[0], probe[1], probe[2]))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(log.index("err", 3))
except ValueError as e:
    print("ValueError:", e)
print(log.rindex("zzz", 0, 5))
