#!/usr/bin/env python3
"""Random sequences of list and array operations for differential testing (issue 3, acceptance 4).

  list_ops.py --seed S [--count N] [--out DIR]      write list_ops_S_I.py files
  import list_ops; src, ins = list_ops.generate(seed)  (run_batch.py --generator list_ops)

A program is fixed helper functions (each called once first: kilopy types parameters from
calls), then one straight sequence of statements over lists of
ints (a, b, c: often aliases of each other), a list of bools (f), a list of lists (m, and row
taken from it), arrays 'b', 'B' and 'h' (ab, aB, ah): append, pop(), pop(i), insert, item get
and set with negative and out-of-range indices, augmented item assignment, len, in, == and !=,
nested lists, aliasing through assignment, arguments and return values, sum/min/max, for loops
over lists and arrays, print. The generator runs each statement as it writes it (CPython, on
its own copy of the state) to steer: indices are mostly valid, values stay small enough that
no int leaves 16 bits (an array element store may get any 16-bit magnitude, for CPython's
two-step range rule of 'b'), and the program ends right after the first statement that raises
(IndexError, ValueError, OverflowError from an array), as CPython would stop there. The
expected output always comes from running the program under python3, never from this model.
No value leaves 16 bits, so `ins` (the copy CPython runs) is the program itself.
"""
import random
from array import array

import steered

FUNCTIONS = '''from array import array


def push(l, v):
    l.append(v)


def make(v, n):
    return [v] * n


def first_last(l):
    return l[0], l[-1]


def bump(l, i, d):
    l[i] += d
    return l


def total(l):
    t = 0
    for x in l:
        t += x
    return t


def put_b(arr, i, v):
    arr[i] = v
'''

INT_LISTS = ["a", "b", "c"]
ARRAYS = {"ab": (-128, 127), "aB": (0, 255), "ah": (-32768, 32767)}
LIMIT = 1000      # list elements stay within +-LIMIT ...
MAX_LEN = 24      # ... and lists this short, so sums stay far inside 16 bits
STATEMENTS = (15, 60)
RAISE = 0.08      # the chance that a statement that would raise is kept (and ends the program)


class Gen(steered.Steered):
    RAISES = (IndexError, ValueError, OverflowError)

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.ns = {"array": array}
        exec(FUNCTIONS, self.ns)
        self.lines = []

    def small(self):
        return self.r.randint(-9, 9) if self.r.random() < 0.7 else self.r.randint(-LIMIT, LIMIT)

    def index(self, n, valid=0.985):
        """An index into a sequence of length n: almost always valid, negative or not."""
        if n > 0 and self.r.random() < valid:
            return self.r.randint(-n, n - 1)
        return self.r.choice([n, n + 1, -n - 1, n + 7, -n - 3])

    def literal(self, n, lo=-20, hi=20):
        return "[" + ", ".join(str(self.r.randint(lo, hi)) for _ in range(n)) + "]"

    def fresh_int_list(self):
        n = self.r.randint(0, 5)
        k = self.r.random()
        if n == 0:
            return "[0] * 0"
        if k < 0.5:
            return self.literal(n)
        if k < 0.8:
            return f"[{self.small()}] * {n}"
        return f"make({self.small()}, {n})"

    def array_value(self, name):
        lo, hi = ARRAYS[name]
        if name != "ah" and self.r.random() < 0.02:  # (past 'h' is past a 16-bit int constant)
            return self.r.choice([lo - 1, hi + 1, hi + 50])
        if name != "ah" and self.r.random() < 0.06:  # large magnitudes: CPython's 'b' goes through a short
            return self.r.choice([-32768, 32767, -1000, 1000, 255 if name == "ab" else -129])
        return self.r.randint(max(lo, -300), min(hi, 300))

    # ---- the state (what CPython would hold at this point) ----

    def ok(self, ns):
        """The state keeps every value small and every list short."""
        for v in ns.values():
            if isinstance(v, list):
                items = [e for x in v for e in (x if isinstance(x, list) else [x])]
                if len(v) > MAX_LEN or any(isinstance(x, list) and len(x) > MAX_LEN for x in v):
                    return False
                if any(abs(int(e)) > LIMIT for e in items):
                    return False
            elif isinstance(v, array) and abs(sum(v)) > 30000:
                return False
            elif isinstance(v, int) and abs(v) > 30000:
                return False
        return True

    # ---- statements ----

    def statement(self):
        r, ns = self.r, self.ns
        L = r.choice(INT_LISTS)
        other = r.choice([x for x in INT_LISTS if x != L])
        n = len(ns[L])
        k = r.randrange(27 + len(IDIOMS))
        if k >= 27:
            return IDIOMS[k - 27](self, L, other, n)
        if k == 0: return f"{L}.append({self.small()})"
        if k == 1: return f"push({L}, {self.small()})"
        if k == 2: return f"x = {L}.pop()" + ("\nprint(x)" if r.random() < 0.5 else "") if n or r.random() < 0.1 else None
        if k == 3: return f"x = {L}.pop({self.index(n)})\nprint(x, {L})" if n or r.random() < 0.1 else None
        if k == 4: return f"{L}.insert({r.randint(-n - 3, n + 3)}, {self.small()})"
        if k == 5: return f"print({L}[{self.index(n)}])"
        if k == 6: return f"{L}[{self.index(n)}] = {self.small()}"
        if k == 7:
            op = r.choice(["+=", "-=", "*=", "//=", "%="])
            d = r.randint(1, 9) if op in ("//=", "%=", "*=") else self.small()
            return f"{L}[{self.index(n)}] {op} {d}"
        if k == 8: return f"print(len({L}), {self.small()} in {L}, {L} == {other}, {L} != {other})"
        if k == 9: return f"print({L})"
        if k == 10: return f"print(sum({L}), total({L}))" + (f"\nprint(min({L}), max({L}))" if n or r.random() < 0.2 else "")
        if k == 11: return f"{L} = {other}" if r.random() < 0.6 else f"{L} = {self.fresh_int_list()}"
        if k == 12: return f"{L} = {other} * {r.randint(0, 2)}"
        if k == 13: return f"x, y = first_last({L})\nprint(x, y)" if n or r.random() < 0.1 else None
        if k == 14: return f"{other} = bump({L}, {self.index(n)}, {self.small()})"
        if k == 15:
            return f"for x in {L}:\n    {other}.append(x)" if ns[L] is not ns[other] else f"for x in {L}:\n    print(x)"
        if k == 16: return f"for i in range(len({L})):\n    {L}[i] += {r.randint(-3, 3)}"
        if k == 17: return f"while len({L}) > {r.randint(0, 3)}:\n    x = {L}.pop({r.choice(['', '0', '-1'])})"
        # nested lists: m holds lists (often a, b, c themselves), row one of them
        nm = len(ns["m"])
        if k == 18:
            return f"m.append({r.choice(INT_LISTS + [self.fresh_int_list()])})" if nm < 6 else f"row = m.pop({self.index(nm)})"
        if k == 19:
            j = self.index(nm)
            i = self.index(len(ns["m"][j])) if -nm <= j < nm else 0
            return f"m[{j}][{i}] {r.choice(['=', '+=', '-='])} {self.small()}"
        if k == 20:
            j = self.index(nm)
            return r.choice([f"m[{j}].append({self.small()})", f"row = m[{j}]", f"print(m[{j}] == {L}, {L} in m)"])
        if k == 21: return r.choice(["print(m)", "print(row, len(m))", "row.append(len(row))", f"m.insert({r.randint(-3, 3)}, {L})"])
        # bools
        nf = len(ns["f"])
        if k == 22:
            return r.choice([f"f.append({L} == {other})", f"f[{self.index(nf)}] = not f[{self.index(nf)}]",
                             "print(f, sum(f), True in f)", f"print(f.pop({self.index(nf)}), f)", "f.insert(0, len(f) > 2)"])
        # arrays
        A = r.choice(list(ARRAYS))
        na = len(ns[A])
        if k == 23: return f"{A}[{self.index(na)}] = {self.array_value(A)}"
        if k == 24: return f"{A}[{self.index(na)}] += {self.r.randint(-40, 40)}"
        if k == 25:
            return r.choice([f"print({A}, len({A}), {self.array_value(A)} in {A})", f"print({A}[{self.index(na)}])",
                             f"print(sum({A}), min({A}), max({A}))", f"for x in {A}:\n    print(x)",
                             f"put_b(ab, {self.index(len(ns['ab']))}, {self.array_value('ab')})"])
        return f"{A} = array('{A[1]}', {self.literal(r.randint(0, 4), 0, 99)})" if r.random() < 0.5 else \
            f"{A} = array('{A[1]}', [{self.array_value(A) % 100}] * {r.randint(0, 4)})"

    def bound(self, n):
        """A slice bound for a sequence of length n: often past either end, as slices allow."""
        return str(self.r.randint(-n - 3, n + 3))

    def slice(self, n, step=True):
        r = self.r
        a = self.bound(n) if r.random() < 0.7 else ""
        b = self.bound(n) if r.random() < 0.7 else ""
        s = r.choice(["", "", "", "1", "2", "3", "-1", "-1", "-2"]) if step else ""
        return f"{a}:{b}" + (f":{s}" if s else "")

    def program(self):
        r = self.r
        setup = [
            f"a = {self.literal(r.randint(1, 5))}",
            "b = a" if r.random() < 0.5 else f"b = {self.fresh_int_list()}",
            "c = b * 2" if r.random() < 0.5 else f"c = {self.fresh_int_list()}",
            f"f = [True, {r.choice(['False', 'True'])}]",
            "m = [a, " + ("b" if r.random() < 0.5 else self.fresh_int_list()) + "]",
            f"ab = array('b', {self.literal(r.randint(1, 4), -128, 127)})",
            f"aB = array('B', [{r.randint(0, 255)}] * {r.randint(1, 3)})",
            f"ah = array('h', {self.literal(r.randint(1, 4), -5000, 5000)})",
            "x = total(a)",
            "x, y = first_last(a)",
            "push(c, x)",
            "a = bump(a, 0, 1)",
            f"put_b(ab, 0, {r.randint(-128, 127)})",
            "row = make(y, 2)",
        ]
        for stmt in setup:
            assert self.attempt(stmt) == "ok", stmt
        want = r.randint(*STATEMENTS)
        while len(self.lines) - len(setup) < want:
            stmt = self.statement()
            if stmt is None:
                continue
            if self.attempt(stmt, r.random() < RAISE) == "raised":
                break
        return FUNCTIONS + "\n\n" + "\n".join(self.lines) + "\n"


# Issue 16's list idioms, each drawn as often as one of statement()'s own kinds: slices, slice
# assignment and del, the list methods, sorted/list, comprehensions and generator expressions,
# enumerate/zip/reversed loops (live: the body may change the list, as CPython sees it), swaps.
ELEMENT_EXPRS = ["x", "x + 1", "x - 3", "-x", "x % 7", "x // 3", "abs(x)", "2 * x", "x & 5", "min(x, 4)"]
CONDITIONS = ["x > 0", "x % 2 == 0", "x != 3", "x < -2", "not x", "x in a"]


def _expr(g):
    return g.r.choice(ELEMENT_EXPRS)


def _cond(g):
    return g.r.choice(CONDITIONS).replace("a", g.r.choice(INT_LISTS)) if g.r.random() < 0.9 else "True"


IDIOMS = [
    lambda g, L, o, n: f"print({L}[{g.slice(n)}])",
    lambda g, L, o, n: f"{o} = {L}[{g.slice(n)}]" if g.r.random() < 0.5 else f"print({L}[{g.slice(n)}] == {o}, {L}[::-1])",
    lambda g, L, o, n: g.r.choice([f"{L}[{g.slice(n, False)}] = {g.literal(g.r.randint(0, 3))}",
                                   f"{L}[{g.slice(n, False)}] = {o}",
                                   f"{L}[::{g.r.choice([2, -1, -2, 3])}] = {g.literal(g.r.randint(0, 4))}",
                                   f"{L}[{g.slice(n)}] = {L}[{g.slice(n)}]"]),
    lambda g, L, o, n: f"del {L}[{g.index(n)}]" if g.r.random() < 0.5 else f"del {L}[{g.slice(n, False)}]",
    lambda g, L, o, n: g.r.choice([f"{L}.extend({o})", f"{L}.extend({g.literal(g.r.randint(0, 3))})",
                                   f"{L} += {o}", f"{L} *= {g.r.randint(0, 2)}", f"{L} = {L} + {o}",
                                   f"{L}.extend({L}[:2])"]),
    lambda g, L, o, n: g.r.choice([f"print({L}.index({g.small()}))", f"print({L}.count({g.small()}))",
                                   f"{L}.remove({g.r.choice(g.ns[L] or [0]) if g.r.random() < 0.8 else g.small()})",
                                   f"print({L}.index({g.r.choice(g.ns[L] or [0])}), {L}.count({L}[0] if {L} else 0))"]),
    lambda g, L, o, n: g.r.choice([f"{L}.reverse()", f"{L}.sort()", f"{L}.sort(reverse=True)", f"{L}.clear()",
                                   f"{o} = {L}.copy()", f"{o} = list({L})", f"{o} = {L}[:]"]),
    lambda g, L, o, n: g.r.choice([f"print(sorted({L}), sorted({L}, reverse=True))", f"{o} = sorted({L})",
                                   f"print(list(range({g.r.randint(-5, 5)}, {g.r.randint(-5, 9)}, {g.r.choice([1, 2, -1, 3])})))",
                                   f"print(sorted(m), sorted(m, reverse=True))"]),
    lambda g, L, o, n: g.r.choice([f"print([{_expr(g)} for x in {L}])",
                                   f"{o} = [{_expr(g)} for x in {L} if {_cond(g)}]",
                                   f"print([x + y for x in {L}[:3] for y in {o}[:4] if y != x])",
                                   f"print([[x, {_expr(g)}] for x in {L} if {_cond(g)}])",
                                   f"{L} = [x for x in {L} if {_cond(g)}]"]),
    lambda g, L, o, n: g.r.choice([f"print(sum({_expr(g)} for x in {L}), sum({L}, {g.small()}))",
                                   f"print(any({_cond(g)} for x in {L}), all({_cond(g)} for x in {L}))",
                                   f"print(max({_expr(g)} for x in {L}))", f"print(min(({_expr(g)} for x in {L}), default={g.small()}))",
                                   f"print(max({L}, default=-1), min({L}, default=-1), any({L}), all({L}))",
                                   f"print(sorted({_expr(g)} for x in {L} if {_cond(g)}))",
                                   f"print(list({_expr(g)} for x in {L}))"]),
    lambda g, L, o, n: g.r.choice([f"for i, x in enumerate({L}):\n    print(i, x)",
                                   f"for i, x in enumerate({L}, {g.r.randint(-3, 3)}):\n    if x > i:\n        {L}.pop()",
                                   f"for i, x in enumerate({L}):\n    {L}[i] = x // 2",
                                   f"for x, y in zip({L}, {o}):\n    print(x - y)",
                                   f"for x, y, z in zip({L}, {o}, f):\n    print(x, y, z)",
                                   f"for x in reversed({L}):\n    print(x)",
                                   f"for i, (x, y) in enumerate(zip({L}, {o})):\n    {o}.append(i)\n    if i > 3:\n        break"]),
    lambda g, L, o, n: f"{L}[{g.index(n)}], {L}[{g.index(n)}] = {L}[{g.index(n)}], {L}[{g.index(n)}]"
    if g.r.random() < 0.6 else f"{L}[{g.index(n)}], {o}[{g.index(len(g.ns[o]))}] = {o}[0] if {o} else 1, {L}[-1] if {L} else 2",
    lambda g, L, o, n: g.r.choice([f"q, r = divmod({g.small()}, {g.r.choice([1, 2, 3, 7, -4, -9])})\nprint(q, r)",
                                   f"print(pow({g.r.randint(-20, 20)}, {g.r.randint(0, 3)}), pow({g.r.randint(-50, 50)}, {g.r.randint(0, 9)}, {g.r.randint(1, 50)}))",
                                   f"print({A_REV})"]),
]
A_REV = "ab[::-1], aB[1:], ah[-2:]"


def generate(seed):
    """(program, the copy CPython runs): the same text, see the module's docstring."""
    src = Gen(seed).program()
    return src, src


if __name__ == "__main__":
    steered.main(__doc__, generate, "list_ops")
