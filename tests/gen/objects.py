#!/usr/bin/env python3
"""Random sequences of statements over objects of a program's classes, for differential testing
(issue 16).

  objects.py --seed S [--count N] [--out DIR]      write objects_S_I.py files
  import objects; src, ins = objects.generate(seed)  (run_batch.py --generator objects)

A program is fixed classes and helper functions (CLASSES, each constructor and method called
once first: kilopy types fields and parameters from their uses), then one straight sequence of
statements: method calls with default, keyword and keyword-only arguments, field reads, stores
and augmented stores (ints, bools, lists and objects in fields, a field that may be None), methods returning self or
another object, class constants read through the class and through an instance, aliasing
through names, fields, lists of objects, arguments and return values, `is`/`==` on objects,
isinstance, comprehensions and generator expressions over lists of objects, for loops that
change the objects they visit, churn (objects made and dropped, for the collector). As in
list_ops.py, the generator runs each statement as it writes it (CPython, on its own copy of the
state) to steer: values stay small, lists short, and the program ends right after the first
statement that raises (IndexError, ValueError, AttributeError through None), as CPython would stop there. The expected
output always comes from running the program under python3, never from this model. No value
leaves 16 bits, so `ins` (the copy CPython runs) is the program itself.
"""

import steered

CLASSES = '''class Acc:
    LIMIT = 400
    ON = True

    def __init__(self, start, step=1):
        self.total = start
        self.step = step
        self.hist = [start]

    def add(self, v):
        self.total += v * self.step
        if len(self.hist) < 6:
            self.hist.append(v)
        return self.total

    def clamp(self, lo=-400, *, hi=400):
        if self.total > hi:
            self.total = hi
        elif self.total < lo:
            self.total = lo
        return self

    def mean(self):
        return sum(self.hist) // len(self.hist)


class Node:
    def __init__(self, value, acc):
        self.value = value
        self.acc = acc
        self.on = value > 0
        self.peer = acc
        self.link = None

    def bump(self, d=1, *, twice=False):
        self.value += d
        if twice:
            self.value += d
        self.acc.add(d)
        return self.value

    def flip(self):
        self.on = not self.on
        return self.on

    def swap_acc(self, other):
        a = self.acc
        self.acc = other.acc
        other.acc = a
        return other


def chain_len(n, limit=6):
    k = 0
    while n is not None and k < limit:
        k += 1
        n = n.link
    return k


def make_node(v, step=1):
    return Node(v, Acc(v, step))


def total_of(nodes):
    return sum(n.value for n in nodes)


def best(nodes):
    b = nodes[0]
    for n in nodes:
        if n.value > b.value:
            b = n
    return b


a1 = Acc(1)
a2 = Acc(2, step=2)
a3 = a1.clamp(hi=300).clamp(-5)
n1 = Node(3, a1)
n2 = make_node(-2, 3)
n1.bump()
n1.bump(2, twice=True)
n2.flip()
n1.swap_acc(n2)
ns = [n1, n2, make_node(4)]
accs = [a1, a2]
n1.link = n2
x = total_of(ns) + best(ns).value + a1.mean() + a1.add(1) + chain_len(n1)
'''

LIMIT = 3000   # ints stay within +-LIMIT ...
MAX_LEN = 8    # ... lists this short
STATEMENTS = (15, 60)
RAISE = 0.08   # the chance that a statement that would raise is kept (and ends the program)
ACCS = ["a1", "a2", "a3"]
NODES = ["n1", "n2"]


class Gen(steered.Steered):
    RAISES = (IndexError, ValueError, AttributeError)

    def __init__(self, seed):
        super().__init__(seed, CLASSES)

    def ok(self, ns):
        """Every int reachable from the state is small and every list short."""
        seen = set()

        def fine(v):
            if id(v) in seen:
                return True
            seen.add(id(v))
            if isinstance(v, bool) or v is None:
                return True
            if isinstance(v, int):
                return abs(v) <= LIMIT
            if isinstance(v, list):
                return len(v) <= MAX_LEN and all(fine(e) for e in v)
            if hasattr(v, "__dict__") and not isinstance(v, type):
                return all(fine(e) for e in vars(v).values())
            return True

        return all(fine(v) for k, v in ns.items() if not k.startswith("__") and not callable(v))

    def statement(self):
        r, ns = self.r, self.ns
        A, B = r.sample(ACCS, 2)
        N, M = r.sample(NODES, 2)
        k = len(ns["ns"])
        s = self.small
        choices = [
            lambda: f"{A}.add({s()})",
            lambda: f"print({A}.add({s()}), {A}.total)",
            lambda: r.choice([f"{A}.clamp()", f"{A}.clamp({s()})", f"{A}.clamp(hi={s()})",
                              f"{A}.clamp(hi={s()}, lo={s()})", f"print({A}.clamp({s()}, hi={s()}).total)"]),
            lambda: f"{A} = {B}" if r.random() < 0.5 else f"{A} = Acc({s()}" + r.choice(["", f", {r.randint(-3, 3)}", f", step={r.randint(-3, 3)}"]) + ")",
            lambda: r.choice([f"print({A}.total, {A}.step, {A}.hist)", f"print({A}.mean())",
                              f"print(Acc.LIMIT, {A}.LIMIT, Acc.ON, {A}.ON)"]),
            lambda: r.choice([f"{A}.total = {s()}", f"{A}.total += {s()}", f"{A}.step -= {r.randint(-2, 2)}",
                              f"{A}.hist[{self.index(len(ns[A].hist))}] = {s()}", f"{A}.hist[{self.index(len(ns[A].hist))}] += {s()}",
                              f"{A}.hist = {B}.hist", f"{A}.hist = [{s()}] * {r.randint(1, 3)}"]),
            lambda: r.choice([f"{N}.bump()", f"print({N}.bump({s()}))", f"{N}.bump(d={s()}, twice=True)",
                              f"{N}.bump(twice={r.choice(['True', 'False'])})", f"print({N}.flip(), {N}.on)"]),
            lambda: r.choice([f"{N}.acc = {A}", f"{N}.peer = {N}.acc", f"{N}.acc.total += {s()}",
                              f"print({N}.acc is {A}, {N} is {M}, {N} == {M}, {N}.acc is not {M}.peer)",
                              f"{N}.swap_acc({M})", f"{N} = {N}.swap_acc({M})", f"{N}.value = {M}.acc.total // 2",
                              f"{A} = {N}.peer"]),
            lambda: f"ns.append(make_node({s()}" + r.choice(["", f", {r.randint(-2, 2)}"]) + "))" if k < 6 else "ns.pop()",
            lambda: r.choice([f"ns.pop({self.index(k)})", f"{N} = ns.pop()", f"ns.insert({r.randint(-3, 3)}, {N})"]) if k > 1 else f"ns.append({N})",
            lambda: r.choice([f"ns[{self.index(k)}].bump({s()})", f"print(ns[{self.index(k)}].value, ns[{self.index(k)}].acc.total)",
                              f"ns[{self.index(k)}] = {N}", f"{N} = ns[{self.index(k)}]", f"ns[{self.index(k)}].acc = {A}"]),
            lambda: r.choice(["print(total_of(ns), best(ns).value)", "print(total_of(ns[1:]), len(ns))",
                              f"print(ns[0] is {N}, ns[-1].peer is not {N}.peer)"]),
            lambda: r.choice(["for n in ns:\n    n.bump(1)", f"for n in ns:\n    if n.flip():\n        n.acc.add({s()})",
                              "for i, n in enumerate(ns):\n    n.value = i * 3 - n.value",
                              f"for n, a in zip(ns, accs):\n    n.acc = a\n    a.total -= n.value",
                              "for n in ns[::-1]:\n    print(n.value, n.on)"]),
            lambda: r.choice(["print([n.value for n in ns])", "print([n.acc.total for n in ns if n.on])",
                              "print(sum(n.value for n in ns), max(n.acc.total for n in ns), any(n.on for n in ns))",
                              "print(sorted([n.value for n in ns]), all(n.value > 0 for n in ns))",
                              f"accs = [n.acc for n in ns if n.value > {s()}]\nif not accs:\n    accs.append({A})"]),
            lambda: r.choice([f"print(isinstance({N}, Node), isinstance({A}, Acc), isinstance({A}, Node))",
                              f"accs.append({A})" if len(ns["accs"]) < 5 else "accs.pop(0)",
                              f"accs[{self.index(len(ns['accs']))}].add({s()})"]),
            lambda: r.choice([f"{N}.link = {M}", f"{N}.link = None", f"{N}.link = {N}.link.link", f"{N}.link = {M}.link",
                              f"print({N}.link is None, {N}.link is {M}, {N}.link == None, {N}.link != {M}.link)",
                              f"if {N}.link is not None:\n    print({N}.link.value)",
                              f"if {N}.link:\n    {N}.link.bump({s()})\nelse:\n    {N}.link = ns[{self.index(k)}]",
                              f"print({N}.link.value)", f"{N}.link.bump(d={s()})", f"{N}.link.acc.add({s()})",
                              f"print(chain_len({N}), chain_len({N}.link, 3), isinstance({N}.link, Node))",
                              f"ns[{self.index(k)}].link = {N}.link"]),
            lambda: f"for i in range({r.randint(1, 40)}):\n    t = make_node(i % {r.randint(1, 9)})\n    t.bump(i % 3)\n    x = t.value + {A}.add(0)",
            lambda: r.choice([f"x = {A}.total + {N}.value", f"print(x, x + {A}.mean())",
                              f"x = best(ns).bump({s()}, twice=True)"]),
        ]
        return r.choice(choices)()


def generate(seed):
    """(program, the copy CPython runs): the same text, see the module's docstring."""
    src = Gen(seed).program(CLASSES, STATEMENTS, RAISE)
    return src, src


if __name__ == "__main__":
    steered.main(__doc__, generate, "objects")
