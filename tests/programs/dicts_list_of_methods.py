# list methods, slices and builtins on a list of dicts built and passed around by functions
def make(n):
    out = []
    for i in range(n):
        out.append({"id": i, "score": (i * 7) % 5})
    return out


def total(rs):
    s = 0
    for r in rs:
        s += r["score"]
    return s


def ranks():
    rows = make(5)
    print(rows, total(rows))
    print([r["score"] for r in rows])
    print(sorted(rows, key=lambda r: r["score"]))
    print(sorted(rows, key=lambda r: r["score"], reverse=True))
    print(max(rows, key=lambda r: r["score"]), min(rows, key=lambda r: r["score"]))
    rows.sort(key=lambda r: -r["id"])
    print(rows)
    for i, r in enumerate(rows):
        r["rank"] = i
    print(rows[0], rows[-1])
    return rows


def edits(rows):
    del rows[0]
    print(len(rows), rows[0])
    rows[1]["score"] += 10
    print(rows[1])
    del rows[1]["rank"]
    print(rows[1])
    half = rows[:2]
    half[0]["id"] = 99
    print(rows[0], half)
    both = rows + half
    print(len(both), both[0] == rows[0])
    rows.extend([{"id": 7, "score": 7}])
    rows.reverse()
    print(rows)
    cp = rows.copy()
    cp.clear()
    print(len(rows), len(cp))
    rows.remove({"id": 7, "score": 7})
    print(rows)
    print(any(rows), all([{}, {"a": 1}]), any([{"a": 1}]))
    lst = list(rows)
    print(lst == rows, lst != rows)
    by_id = {r["id"]: r for r in rows}
    print(by_id)
    for a, b in zip(rows, rows[1:]):
        print(a["id"], b["id"])
    rev = list(reversed(rows))
    print(rev[0], rows[::-1] == rev)


edits(ranks())
print([{"k": i} for i in range(3)])
print([{i: i * i for i in range(n)} for n in range(3)])
first, *rest = [{"a": 1}, {"b": 2}, {"c": 3}]
print(first, rest)
