# dicts in lists inside objects, tuples, dict values and lists of lists; their values lists, dicts, strs, bools
class Run:
    def __init__(self, name):
        self.name = name
        self.log = [{"step": 0}]
        self.cfg = {"lr": 3}

    def add(self, s):
        self.log.append({"step": s})


def objects():
    r = Run("a")
    r.add(5)
    r.cfg["lr"] += 1
    print(r.log, r.cfg, r.log[-1]["step"])
    runs = [Run("x"), Run("y")]
    runs[1].add(2)
    print([len(x.log) for x in runs], runs[1].log)


def values():
    t = (1, {"a": 2})
    print(t, t[1]["a"])
    flags = [{"on": True}, {"on": False}]
    print(flags, [f["on"] for f in flags])
    names = [{"n": "bob"}, {"n": "al"}]
    print(names, sorted(names, key=lambda d: d["n"]))
    tk = [{(1, 2): 3}]
    print(tk, tk[0][(1, 2)])


def containers():
    lv = [{"xs": [1, 2]}, {"xs": []}]
    lv[1]["xs"].append(9)
    print(lv)
    dv = {"rows": [{"a": 1}], "more": []}
    dv["more"].append({"b": 2})
    print(dv, dv["rows"][0]["a"])
    grid = [[{"v": 1}], [{"v": 2}, {"v": 3}]]
    print(grid, grid[1][1]["v"], grid == [[{"v": 1}], [{"v": 2}, {"v": 3}]])
    dd = [{"a": {"b": 1}}]
    print(dd, dd[0]["a"]["b"])


def text():
    print(*[{"p": 1}, {"q": 2}])
    print(str([{"a": True}]), repr([{"s": "x'y"}]))
    print(f"{[{'a': 1}]!r} and {[{'b': 2}]}")
    rs = [{"x": 1}] * 3
    rs[0]["x"] = 5
    print(rs)
    for d in rs:
        d["x"] += 1
    i = 1
    rs[i]["x"] *= 3
    print(rs, len(str(rs)))


objects()
values()
containers()
text()
