#!/usr/bin/env python3
"""Random sequences of statements over dicts, tuples, sets, comprehensions, slices and classes
with special methods, for differential testing (issue 16).

  containers.py --seed S [--count N] [--out DIR]      write containers_S_I.py files
  import containers; src, ins = containers.generate(seed)  (run_batch.py --generator containers)

A program is a fixed prelude (a class with __eq__, __lt__, __add__, a property and a static
method, its subclass overriding __lt__, a class with __call__, helper functions, a generator,
and the state: dicts with int and str keys,
tuples, a list of tuples, a set, lists of ints and strs), then one straight sequence of
statements: dict stores, get/pop/setdefault/in/del/len, iteration over keys, values and items,
sorted() of a dict and of its items with key=, dict and list comprehensions with filters and
nested loops, tuples compared, unpacked, indexed and used as keys, slices with negative bounds
and steps (read, assigned, deleted), enumerate(xs, start), zip, reversed, join of reversed(),
round(), operators and calls through special methods (comparisons between a class and its
subclass, and of a list holding both), enumerate() of a generator. As in objects.py, each statement runs
under CPython as it is written (on a copy of the state) to steer: values stay small,
containers short, and the program ends right after the first statement that raises (KeyError,
IndexError, ValueError), as CPython would stop there. The expected output always comes from
running the program under python3; no value leaves 16 bits, so `ins` is the program itself.
"""

import steered

PRELUDE = '''class Vec:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def clamp(v, lo=-50, hi=50):
        return max(lo, min(hi, v))

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Vec3(Vec):
    def __lt__(self, other):
        return self.norm1 < other.norm1


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, v):
        return Vec.clamp(v * self.k)


def count_keys(d):
    return len([k for k in d if k % 2 == 0])


def top(d, n=2):
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def ranked(vs):
    return [vs[0] < vs[-1], vs[-1] < vs[0], vs[0] > vs[-1], vs[-1] > vs[0]]


def pair_sums(xs):
    for i in range(0, len(xs) - 1, 2):
        yield xs[i] + xs[i + 1]


def compare_all(v, u, w):
    print(v < u, u < v, u > v, v > u, v == u, u == v, u != w, w != u)
    print(ranked([v, u, w]), ranked([u, Vec3(1, 1)]), u < u, u == u)
    print(max([v, u], key=lambda q: q), min([u, w], key=lambda q: q))


def enumerate_pairs(xs, start):
    for i, p in enumerate(pair_sums(xs), start):
        print(i, p)
    print([(i, p) for i, p in enumerate(pair_sums(xs))], sum(pair_sums(xs)))


d = {1: 10, 2: -3}
names = {"a": [1], "b": [2, 3]}
t = (4, -2)
pts = [(1, 2), (3, -1)]
xs = [5, -3, 8, 0]
words = ["ab", "c", "de"]
s = {1, 4}
v = Vec(1, 2)
w = Vec(-3, 4)
u = Vec3(2, -1)
sc = Scale(2)
x = count_keys(d) + len(top(d)) + v.norm1 + Vec.clamp(99) + sc(3)
'''

LIMIT = 3000   # ints stay within +-LIMIT ...
MAX_LEN = 8    # ... containers this short
STATEMENTS = (10, 40)
RAISE = 0.08   # the chance that a statement that would raise is kept (and ends the program)
KEYS = ["a", "b", "c", "zz"]


class Gen(steered.Steered):
    RAISES = (KeyError, IndexError, ValueError)

    def __init__(self, seed):
        super().__init__(seed, PRELUDE)

    def bound(self):
        return self.r.choice(["", str(self.r.randint(-5, 5))])

    def ok(self, ns):
        """Every int reachable from the state is small and every container short."""
        def fine(v):
            if isinstance(v, bool) or v is None or isinstance(v, str):
                return True
            if isinstance(v, int):
                return abs(v) <= LIMIT
            if isinstance(v, (list, tuple, set)):
                return len(v) <= MAX_LEN and all(fine(e) for e in v)
            if isinstance(v, dict):
                return len(v) <= MAX_LEN and all(fine(k) and fine(e) for k, e in v.items())
            if hasattr(v, "__dict__") and not isinstance(v, type):
                return all(fine(e) for e in vars(v).values())
            return True

        return all(fine(v) for k, v in ns.items() if not k.startswith("__") and not callable(v))

    def statement(self):
        r, ns = self.r, self.ns
        s = self.small
        n = len(ns["xs"])
        K = r.choice(KEYS)
        choices = [
            lambda: r.choice([f"d[{r.randint(-4, 6)}] = {s()}", f"d[{r.randint(-4, 6)}] = d.get({r.randint(-4, 6)}, {s()}) + {s()}",
                              f"d[{r.randint(-4, 6)}] += {s()}", f"print(d.pop({r.randint(-4, 6)}))",
                              f"print(d.pop({r.randint(-4, 6)}, {s()}), d)", f"print(d.setdefault({r.randint(-4, 6)}, {s()}))",
                              f"del d[{r.randint(-4, 6)}]", f"print({r.randint(-4, 6)} in d, len(d), d)"]),
            lambda: r.choice(["print(sorted(d), sorted(d.values()), list(d.items()))", "print(top(d), top(d, 1))",
                              "print(sorted(d.items(), key=lambda kv: kv[1]), max(d.values(), default=0))",
                              "print({k: val * 2 for k, val in d.items() if val > 0})",
                              "for k in d:\n    d[k] = Vec.clamp(d[k] - 1)", "print(count_keys(d), sum(d.values()), list(d.keys()))"]),
            lambda: r.choice([f'names["{K}"] = [{s()}]', f'names.setdefault("{K}", []).append({s()})',
                              f'print(names.get("{K}", []), "{K}" in names)', f'print(sorted(names), len(names))',
                              f'print(", ".join(k + "=" + str(len(val)) for k, val in names.items()))',
                              f'print([k for k in names if len(names[k]) > 1])', f'print(names.pop("{K}", [0]))']),
            lambda: r.choice([f"t = ({s()}, {s()})", "t = (t[1], t[0])", f"print(t, t[0], t[-1], t < ({s()}, {s()}), t == (4, -2))",
                              "a, b = t\nprint(a - b, (a, b) == t)", f"d[t[0]] = t[1]", f"pts.append(t)" if len(ns["pts"]) < 6 else "pts.pop()",
                              f"print({s()} in t, len(t), max(t), min(t))"]),
            lambda: r.choice(["print(sorted(pts), sorted(pts, key=lambda p: p[1]), sorted(pts)[0])",
                              "print([a + b for a, b in pts], [p for p in pts if p[0] > 0])",
                              "for i, (a, b) in enumerate(pts, 1):\n    print(i, a + 2 * b)",
                              f"pts[{self.index(len(ns['pts']))}] = ({s()}, {s()})",
                              "print({p: i for i, p in enumerate(pts)})"]),
            lambda: r.choice([f"print(xs[{r.randint(-6, 6)}:{r.randint(-6, 6)}], xs[::-1], xs[::{r.choice([2, -2, 3])}])",
                              f"xs[{self.bound()}:{self.bound()}] = [{s()}, {s()}]" if n < 6 else f"del xs[{self.bound()}:{self.bound()}]",
                              f"print(xs[{self.index(n)}], xs[-{r.randint(1, 3)}:], len(xs))",
                              f"xs.append({s()})" if n < 7 else "xs.pop()",
                              "xs = [v for v in xs if v % 2 == 0] + [1]",
                              "print(list(enumerate(xs, 1)), list(zip(xs, words)), list(reversed(xs)))",
                              "print(sorted(xs, key=abs), sorted(xs, reverse=True), sum(xs), max(xs, key=lambda q: -q))",
                              f"print([[i * j for j in range(3)] for i in range({r.randint(1, 3)})])",
                              f"print([a + b for a in xs[:3] for b in xs[-2:] if a != b])"]),
            lambda: r.choice([f'words.append("{r.choice(["x", "yy", "", "ab"])}")' if len(ns["words"]) < 6 else "words.pop(0)",
                              'print("-".join(reversed(words)), ",".join(sorted(words)), [w.upper() for w in words])',
                              'print({w: len(w) for w in words}, max(words, key=len), words[1:])']),
            lambda: r.choice([f"s.add({r.randint(-3, 6)})", f"s.discard({r.randint(-3, 6)})", f"print(sorted(s), len(s), {r.randint(-3, 6)} in s)",
                              "s = {v % 5 for v in xs}", "print(sorted({a for a, _ in pts}))"]),
            lambda: r.choice([f"v = Vec({s()}, {s()})", "v = v + w", "w = Vec(Vec.clamp(w.x + v.x), Vec.clamp(w.y - 1))",
                              "print(v == w, v != w, v < w, w > v, v, w)", "print(v.norm1, w.norm1, (v + w).norm1)",
                              f"print(sc({s()}), Scale({r.randint(-3, 3)})(v.x), Vec.clamp({s()}, hi={r.randint(0, 9)}))",
                              "v, w = w, v"]),
            lambda: r.choice([f"u = Vec3({s()}, {s()})", "compare_all(v, u, w)", "compare_all(w, u, v)",
                              f"enumerate_pairs(xs, {r.randint(-2, 2)})"]),
            lambda: r.choice([f"print(round({s() * 13}, -1), round({s() * 7}, -2), round({s()}))",
                              f"x = round(x + {s()}, -1)", "print(x, divmod(x, 7), abs(x))"]),
        ]
        return r.choice(choices)()


def generate(seed):
    """(program, the copy CPython runs): the same text, see the module's docstring."""
    src = Gen(seed).program(PRELUDE, STATEMENTS, RAISE)
    return src, src


if __name__ == "__main__":
    steered.main(__doc__, generate, "containers")
