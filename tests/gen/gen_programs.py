#!/usr/bin/env python3
"""Random valid kilopy programs for differential testing against CPython (issue 6).

  gen_programs.py --seed S [--count N] [--out DIR]    write gen_S_I.py (and .ins.py) files
  import gen_programs; src, ins = gen_programs.generate(seed)

Every program is valid kilopy by construction (docs: one static type per name, int or bool;
and/or/ifexp/min/max operands of one type; bool widens to int only in arithmetic; strings only
in print; functions called only after their def; globals assigned before any function reads
them), deterministic and bounded:
  - recursion only in rec* functions, whose first parameter counts down to 0 and is called
    with a value in 0..D (bounded by construction);
  - loops: for over range() with small literal or `e % K` bounds, while loops over a counter
    incremented first thing in the body; a work estimate keeps the total run short;
  - every operator (+ - * // % ** << >> & | ^ ~ unary - +, not, and/or, comparisons and chains,
    conditional expressions, abs/min/max); // and % are guarded the way a program would do it
    (`d or 1`, `x if d != 0 else ...`, `abs(d) + 1`), now and then not at all (then the program
    may end with ZeroDivisionError, as CPython does);
  - values are steered with interval arithmetic: every variable, parameter and return value has
    a declared range and every store is clamped into it (% & min/max). A program's mode sets
    the limit for intermediate values: 16 (stays within 16 bits: must match CPython exactly at
    both widths), 32 (leaves 16 bits now and then: an OverflowError at 16 bits) or wild (may
    leave 32 bits too).
  - lists (list[int], one element range per program, never shorter than 1 nor longer than
    MAXLEN: pop and append are guarded by len()) and nested lists (fixed shape): literals,
    [v] * n, aliasing, index get/set with negative and `% len()` indexes, +=, append, pop,
    pop(i), insert, len, for-in (live, as CPython), in, ==, sum/min/max, print, lists as
    arguments (read and mutated through the alias) and as return values; methods and len() on
    a grid's row (g[i].append(v), g[i].pop(j), with indexes that read globals);
  - string literals in if tests (`c and "s"`, `not "" or c`) and long elif chains (10-40
    branches over one variable).
Operators are written with Python's precedence and only the parentheses it needs, so the
parser's precedence is tested too.

Besides the program, generate() returns an *instrumented* copy for CPython: every operation
kilopy checks for overflow is wrapped in _k(), which prints the marker "\\0OVF16\\0" (resp.
"\\0OVF32\\0") to stdout the first time a value leaves the 16-bit (32-bit) range. The driver
(run_batch.py) thereby knows exactly where kilopy at each width must stop with OverflowError.
Maximal constant subexpressions are folded by kilopy at compile time (exactly), so they are
never wrapped; the generator keeps every constant subexpression within 16 bits.
"""
import argparse
import os
import random

LIM16 = 32767
LIM32 = 2**31 - 1
MAXLEN = 12  # a list's length stays in 1..MAXLEN (appends and pops are guarded)

# Python precedence levels (higher binds tighter).
P_IFEXP, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND, P_SHIFT, P_ADD, P_MUL, P_UNARY, P_POW, P_ATOM = range(14)
BINOPS = {
    "|": P_BOR, "^": P_BXOR, "&": P_BAND, "<<": P_SHIFT, ">>": P_SHIFT,
    "+": P_ADD, "-": P_ADD, "*": P_MUL, "//": P_MUL, "%": P_MUL, "**": P_POW,
}
CMPOPS = ["<", "<=", ">", ">=", "==", "!="]
STRINGS = ["x", "v =", "a b", "sum:", "it's", 'say "hi"', "tab\\there", "back\\\\slash", "", "->", "#1", "ok!"]


def py_binop(op, a, b):
    """Python's result, or None if it raises."""
    try:
        if op == "+": return a + b
        if op == "-": return a - b
        if op == "*": return a * b
        if op == "//": return a // b
        if op == "%": return a % b
        if op == "**": return a ** b if b >= 0 and abs(b) < 64 else None
        if op == "<<": return a << b if 0 <= b < 64 else None
        if op == ">>": return a >> b
        if op == "&": return a & b
        if op == "|": return a | b
        if op == "^": return a ^ b
    except (ZeroDivisionError, ValueError):
        return None
    raise AssertionError(op)


def py_cmp(op, a, b):
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b, "!=": a != b}[op]


def bitlen(lo, hi):
    return max(abs(lo), abs(hi), 1).bit_length()


class E:
    """An expression: source text, instrumented text, precedence, type, interval, constant."""
    __slots__ = ("src", "ins", "prec", "t", "lo", "hi", "const", "cost")

    def __init__(self, src, ins, prec, t, lo, hi, const=None, cost=1):
        self.src, self.ins, self.prec, self.t = src, ins, prec, t
        self.lo, self.hi, self.const, self.cost = lo, hi, const, cost


def par(e, need, ins=False):
    text = e.ins if ins else e.src
    return text if e.prec >= need else "(" + text + ")"


_rng = random.Random(0)  # the current program's generator (set by Gen)


def lit(v):
    if isinstance(v, bool):
        return E(str(v), str(v), P_ATOM, "bool", int(v), int(v), v)
    text = str(v)
    if v >= 0 and _rng.random() < 0.05:
        text = _rng.choice([hex(v), bin(v), oct(v), f"{v:_}"])
    prec = P_ATOM if v >= 0 else P_UNARY
    return E(text, text, prec, "int", v, v, v)


class Var:
    def __init__(self, name, t, lo=0, hi=1):
        self.name, self.t, self.lo, self.hi = name, t, lo, hi


class Func:
    def __init__(self, name, params, ret, lo=0, hi=0, rec_depth=0):
        self.name, self.params, self.ret, self.lo, self.hi = name, params, ret, lo, hi
        self.defaults = {}  # param index -> E (constant)
        self.cost = 1
        self.called = False  # a call site exists (kilopy types an uncalled function's parameters as int)
        self.rec_depth = rec_depth  # >0: a rec function; its first parameter counts down
        self.branching = False


class Gen:
    def __init__(self, seed):
        global _rng
        self.r = _rng = random.Random(seed)
        r = self.r
        self.mode = r.choices(["16", "32", "32big", "wild"], [40, 35, 15, 10])[0]
        self.limit = {"16": LIM16, "32": LIM32, "32big": LIM32, "wild": 2**40}[self.mode]
        self.lines, self.ilines = [], []
        self.indent = ""
        self.funcs = []
        self.globals = []
        self.fresh = 0
        self.work = 0
        self.work_budget = r.choice([2000, 5000, 20000])
        self.mult = 1
        self.loops = 0
        self.scope = []       # usable Vars here
        self.fn = None        # Func being generated
        self.writable_globals = set()
        self.callable = []    # Funcs callable here
        self.stmts_left = r.randint(15, 60)
        # lists: every list[int] holds values in [elo, ehi]; sums stay in range by construction
        self.has_lists = r.random() < 0.5
        bound = {"16": LIM16 // MAXLEN, "32": 3000, "32big": 10**6, "wild": 10**9}[self.mode]
        self.ehi = r.choice([1, 9, 100, bound])
        self.elo = r.choice([0, -self.ehi, -1])

    # ---- output -----------------------------------------------------------------------
    def emit(self, src, ins=None):
        self.lines.append(self.indent + src)
        self.ilines.append(self.indent + (src if ins is None else ins))

    def push(self):
        self.indent += "    "

    def pop(self):
        self.indent = self.indent[:-4]

    def name(self, prefix):
        self.fresh += 1
        return f"{prefix}{self.fresh}"

    # ---- ranges --------------------------------------------------------------------
    def rand_bound(self):
        r = self.r
        if self.mode == "32big":
            hi = r.choice([1, 10, 100, 1000, 30000, 70000, 10**6, 2**24, 2**30, LIM32])
        else:
            hi = r.choice([1, 3, 10, 100, 255, 1000, 5000, 30000, 32767])
        lo = r.choice([0, 0, -hi, -hi, -1])
        return lo, hi

    def fits(self, lo, hi):
        return -self.limit - 1 <= lo and hi <= self.limit

    # ---- expressions ---------------------------------------------------------------------
    def literal(self, lo=-300, hi=300):
        r = self.r
        choice = r.random()
        if choice < 0.6:
            v = r.randint(max(lo, -12), min(hi, 12)) if lo <= 12 and hi >= -12 else r.randint(lo, hi)
        else:
            v = r.randint(max(lo, -LIM16), min(hi, LIM16))
        return lit(v)

    def var_of(self, t):
        cands = [v for v in self.scope if v.t == t]
        return self.r.choice(cands) if cands else None

    def leaf(self, t):
        r = self.r
        if t == "bool":
            v = self.var_of("bool")
            if v and r.random() < 0.7:
                return E(v.name, v.name, P_ATOM, "bool", 0, 1)
            return lit(r.random() < 0.5)
        v = self.var_of("int")
        if v and r.random() < 0.75:
            return E(v.name, v.name, P_ATOM, "int", v.lo, v.hi)
        return self.literal(-20, 300)

    def expr(self, t, depth=0, tries=6):
        if t == "list":
            return self.list_leaf(depth)
        for _ in range(tries):
            e = self.gen_bool(depth) if t == "bool" else self.gen_int(depth)
            if e is not None and e.t == t and self.ok(e):
                return e
        return self.leaf(t)

    def ok(self, e):
        if e.const is not None and not isinstance(e.const, bool) and not (-LIM16 - 1 <= e.const <= LIM16):
            return False  # a constant kilopy folds must fit at both widths
        return self.fits(e.lo, e.hi)

    def gen_int(self, depth):
        r = self.r
        if depth >= r.choice([2, 3, 3, 4]):
            return self.leaf("int")
        k = r.random()
        if k < 0.42:
            op = r.choice(["+", "-", "*", "+", "-", "&", "|", "^", "<<", ">>", "//", "%", "**"])
            return self.binop(op, depth)
        if k < 0.52:
            op = r.choice(["-", "~", "+"])
            a = self.expr(r.choice(["int"] * 6 + ["bool"]), depth + 1)
            return self.unary(op, a)
        if k < 0.62:
            return self.builtin(r.choice(["abs", "min", "max", "min", "max"]), "int", depth)
        if k < 0.68:
            return self.ifexp("int", depth)
        if k < 0.72:
            return self.boolop(r.choice(["and", "or"]), "int", depth)
        if k < 0.82:
            e = self.call("int", depth)
            if e:
                return e
        if k < 0.9 and self.lists_here():
            return self.list_int(depth)
        return self.leaf("int")

    def gen_bool(self, depth):
        r = self.r
        if depth >= r.choice([2, 3, 3]):
            if r.random() < 0.5:
                return self.compare(depth + 2)
            return self.leaf("bool")
        k = r.random()
        if k < 0.40:
            return self.compare(depth)
        if k < 0.50:
            a = self.expr("bool" if r.random() < 0.6 else "int", depth + 1)
            return E("not " + par(a, P_NOT), "not " + par(a, P_NOT, True), P_NOT, "bool", 0, 1,
                     (not a.const) if a.const is not None else None, a.cost + 1)
        if k < 0.62:
            return self.boolop(r.choice(["and", "or"]), "bool", depth)
        if k < 0.70:
            op = r.choice(["&", "|", "^"])
            a, b = self.expr("bool", depth + 1), self.expr("bool", depth + 1)
            return self.make_bin(op, a, b, "bool")
        if k < 0.76:
            return self.ifexp("bool", depth)
        if k < 0.80:
            return self.builtin(r.choice(["min", "max"]), "bool", depth)
        if k < 0.88:
            e = self.call("bool", depth)
            if e:
                return e
        if k < 0.92 and self.lists_here():
            return self.list_bool(depth)
        return self.leaf("bool")

    def compare(self, depth):
        r = self.r
        n = 1 if r.random() < 0.8 else r.choice([2, 3])
        ops = [r.choice(CMPOPS) for _ in range(n)]
        xs = [self.expr("int" if r.random() < 0.85 else "bool", depth + 1) for _ in range(n + 1)]
        src = par(xs[0], P_CMP + 1)
        ins = par(xs[0], P_CMP + 1, True)
        for op, x in zip(ops, xs[1:]):
            src += f" {op} " + par(x, P_CMP + 1)
            ins += f" {op} " + par(x, P_CMP + 1, True)
        const = None
        if all(x.const is not None for x in xs):
            const = all(py_cmp(op, int(a.const), int(b.const)) for op, a, b in zip(ops, xs, xs[1:]))
        return E(src, ins, P_CMP, "bool", 0, 1, const, sum(x.cost for x in xs) + 1)

    def divisor(self, depth):
        """A divisor guarded against zero (now and then not)."""
        r = self.r
        d = self.expr("int", depth + 1)
        k = r.random()
        if k < 0.03:
            return d  # unguarded: may raise ZeroDivisionError, as in CPython
        if d.lo > 0 or d.hi < 0:
            return d
        if k < 0.35:
            lo, hi = min(d.lo, 1), max(d.hi, 1)
            return E(par(d, P_AND) + " or 1", par(d, P_AND, True) + " or 1", P_OR, "int", lo, hi,
                     (d.const or 1) if d.const is not None else None, d.cost + 1)
        if k < 0.6:
            a = self.abs_(d)
            one = lit(r.randint(1, 9))
            return self.make_bin("+", a, one, "int")
        if k < 0.8:
            alt = lit(r.choice([1, 2, 3, 7, -1, -5]))
            cond = f"{par(d, P_CMP + 1)} != 0"
            icond = f"{par(d, P_CMP + 1, True)} != 0"
            src = f"{par(d, P_OR)} if {cond} else {alt.src}"
            ins = f"{par(d, P_OR, True)} if {icond} else {alt.ins}"
            const = None
            if d.const is not None:
                const = d.const if d.const != 0 else alt.const
            return E(src, ins, P_IFEXP, "int", min(d.lo, alt.lo), max(d.hi, alt.hi), const, 2 * d.cost + 2)
        return lit(r.choice([1, 2, 3, 5, 7, 10, 16, 100, -1, -2, -7, 255]))

    def binop(self, op, depth):
        r = self.r
        if op in ("//", "%"):
            a = self.expr("int", depth + 1)
            b = self.divisor(depth)
            return self.make_bin(op, a, b, "int")
        if op == "**":
            a = self.expr("int", depth + 1)
            if r.random() < 0.8:
                b = lit(r.randint(0, 4))
            else:
                b = self.clamp_expr(self.expr("int", depth + 1), 0, 3, depth)
            return self.make_bin(op, a, b, "int")
        if op in ("<<", ">>"):
            a = self.expr("int" if r.random() < 0.9 else "bool", depth + 1)
            if r.random() < 0.5:
                b = lit(r.randint(0, 20 if op == "<<" else 40))
            else:
                b = self.expr("int", depth + 1)
                if b.lo < 0 or b.hi > 40:
                    if r.random() < 0.02:
                        pass  # unguarded: a negative count raises ValueError in both
                    else:
                        b = self.make_bin("&", b, lit(r.choice([3, 7, 15, 31])), "int")
            return self.make_bin(op, a, b, "int")
        ta = "int" if r.random() < 0.88 else "bool"
        tb = "int" if r.random() < 0.88 or (ta == "bool" and op in "&|^") else "bool"  # bool & bool is a bool
        a, b = self.expr(ta, depth + 1), self.expr(tb, depth + 1)
        return self.make_bin(op, a, b, "int")

    def interval(self, op, a, b):
        al, ah, bl, bh = a.lo, a.hi, b.lo, b.hi
        if op == "+": return al + bl, ah + bh
        if op == "-": return al - bh, ah - bl
        if op == "*":
            ps = [al * bl, al * bh, ah * bl, ah * bh]
            return min(ps), max(ps)
        if op == "//":
            m = max(abs(al), abs(ah))
            return (-m, m) if (al < 0 or bl < 0) else (0, ah)
        if op == "%":
            m = max(abs(bl), abs(bh))
            if bl > 0: return 0, bh - 1
            return -m, m
        if op == "**":
            e = max(bh, 0)
            m = max(abs(al), abs(ah)) ** e if e < 64 else 2**200
            return (0 if al >= 0 else -m), m
        if op == "<<":
            s = min(max(bh, 0), 200)
            return min(al, al << s), max(ah, ah << s)
        if op == ">>":
            return min(al, 0), max(ah, 0)
        if op in "&|^":
            if al >= 0 and bl >= 0:
                if op == "&": return 0, min(ah, bh)
                return 0, (1 << max(bitlen(al, ah), bitlen(bl, bh))) - 1
            k = max(bitlen(al, ah), bitlen(bl, bh))
            return -(1 << k), (1 << k) - 1
        raise AssertionError(op)

    def make_bin(self, op, a, b, t):
        p = BINOPS[op]
        if op == "**":
            ls, rs = par(a, P_ATOM), par(b, P_UNARY)
            li, ri = par(a, P_ATOM, True), par(b, P_UNARY, True)
        else:
            ls, rs = par(a, p), par(b, p + 1)
            li, ri = par(a, p, True), par(b, p + 1, True)
        src = f"{ls} {op} {rs}"
        lo, hi = self.interval(op, a, b)
        if t == "bool":
            lo, hi = 0, 1
        const = None
        if a.const is not None and b.const is not None:
            v = py_binop(op, int(a.const), int(b.const))
            if v is not None and abs(v) < 2**62:
                const = bool(v) if t == "bool" else v
        if const is not None:
            ins = src  # folded by kilopy at compile time: never wrapped
        elif t == "int":
            ins = f"_k({li} {op} {ri})"
        else:
            ins = f"{li} {op} {ri}"
        return E(src, ins, p, t, lo, hi, const, a.cost + b.cost + 1)

    def unary(self, op, a):
        if op == "-":
            lo, hi = -a.hi, -a.lo
        elif op == "~":
            lo, hi = -a.hi - 1, -a.lo - 1
        else:
            lo, hi = a.lo, a.hi
        src = op + par(a, P_UNARY)
        if op == "-" and src.startswith("--"):
            src = "- " + src[1:]
        const = None
        if a.const is not None:
            v = int(a.const)
            const = -v if op == "-" else ~v if op == "~" else v
        if const is not None:
            ins = src
        else:
            inner = op + par(a, P_UNARY, True)
            if op == "-" and inner.startswith("--"):
                inner = "- " + inner[1:]
            ins = f"_k({inner})"
        return E(src, ins, P_UNARY, "int", lo, hi, const, a.cost + 1)

    def abs_(self, a):
        lo = 0 if a.lo <= 0 <= a.hi else min(abs(a.lo), abs(a.hi))
        hi = max(abs(a.lo), abs(a.hi))
        return E(f"abs({a.src})", f"_k(abs({a.ins}))", P_ATOM, "int", lo, hi, None, a.cost + 1)

    def builtin(self, name, t, depth):
        r = self.r
        if name == "abs":
            return self.abs_(self.expr("int" if r.random() < 0.9 else "bool", depth + 1))
        xs = [self.expr(t, depth + 1) for _ in range(r.choice([2, 2, 2, 3, 4]))]
        f = min if name == "min" else max
        lo, hi = f(x.lo for x in xs), f(x.hi for x in xs)
        src = f"{name}({', '.join(x.src for x in xs)})"
        ins = f"{name}({', '.join(x.ins for x in xs)})"
        return E(src, ins, P_ATOM, t, lo, hi, None, sum(x.cost for x in xs) + 1)

    def ifexp(self, t, depth):
        c = self.expr("bool" if self.r.random() < 0.85 else "int", depth + 1)
        a, b = self.expr(t, depth + 1), self.expr(t, depth + 1)
        src = f"{par(a, P_OR)} if {par(c, P_OR)} else {par(b, P_IFEXP)}"
        ins = f"{par(a, P_OR, True)} if {par(c, P_OR, True)} else {par(b, P_IFEXP, True)}"
        const = None
        if c.const is not None:
            pick = a if c.const else b
            const = pick.const
        return E(src, ins, P_IFEXP, t, min(a.lo, b.lo), max(a.hi, b.hi), const, a.cost + b.cost + c.cost + 1)

    def boolop(self, op, t, depth):
        xs = [self.expr(t, depth + 1) for _ in range(self.r.choice([2, 2, 3]))]
        p = P_AND if op == "and" else P_OR
        src = f" {op} ".join(par(x, p + 1) for x in xs)
        ins = f" {op} ".join(par(x, p + 1, True) for x in xs)
        const = None
        if all(x.const is not None for x in xs):
            for x in xs[:-1]:
                if (op == "and") != bool(x.const):
                    const = x.const
                    break
            else:
                const = xs[-1].const
        return E(src, ins, p, t, min(x.lo for x in xs), max(x.hi for x in xs), const, sum(x.cost for x in xs) + 1)

    def clamp_expr(self, e, lo, hi, depth=0):
        """e with its value forced into [lo, hi] (an int expression)."""
        r = self.r
        if e.t == "bool":
            if lo <= 0 and hi >= 1:
                return e
            e = self.make_bin("+", e, lit(0), "int")
        if lo <= e.lo and e.hi <= hi:
            return e
        k = r.random()
        if lo == 0 and k < 0.3 and hi < LIM32:
            return self.make_bin("%", e, lit(hi + 1) if hi + 1 <= LIM16 else self.big(hi + 1), "int")
        if lo == 0 and k < 0.5 and hi >= 1:
            mask = (1 << (hi + 1).bit_length() - 1) - 1
            return self.make_bin("&", e, lit(mask) if mask <= LIM16 else self.big(mask), "int")
        if lo < 0 and k < 0.3 and hi - lo + 1 <= LIM16 + 1:
            m = self.make_bin("%", e, lit(hi - lo + 1) if hi - lo + 1 <= LIM16 else self.big(hi - lo + 1), "int")
            return self.make_bin("+", m, lit(lo) if lo >= -LIM16 else self.big(lo), "int")
        a = lit(lo) if -LIM16 <= lo <= LIM16 else self.big(lo)
        b = lit(hi) if -LIM16 <= hi <= LIM16 else self.big(hi)
        src = f"min(max({e.src}, {a.src}), {b.src})"
        ins = f"min(max({e.ins}, {a.ins}), {b.ins})"
        return E(src, ins, P_ATOM, "int", max(lo, min(e.lo, hi)), min(hi, max(e.hi, lo)), None, e.cost + 2)

    def big(self, v):
        """A constant outside 16 bits without writing one: a global holding it (32-bit programs)."""
        name = f"K{abs(v)}{'n' if v < 0 else ''}"
        if name not in self.bigs:
            self.bigs[name] = v
        return E(name, name, P_ATOM, "int", v, v)

    def call(self, t, depth):
        r = self.r
        cands = [f for f in self.callable if f.ret == t and self.mult * f.cost + self.work < self.work_budget]
        if not cands or depth > 3:
            return None
        f = r.choice(cands)
        args = []
        n = len(f.params)
        given = n
        while given > 0 and (given - 1) in f.defaults and r.random() < 0.5:
            given -= 1
        for i, p in enumerate(f.params[:given]):
            if f.rec_depth and i == 0:
                if r.random() < 0.6:
                    args.append(lit(r.randint(0, f.rec_depth)))
                else:
                    args.append(self.clamp_expr(self.expr("int", depth + 1), 0, f.rec_depth))
                continue
            a = self.expr(p.t, depth + 1)
            if p.t == "int":
                a = self.clamp_expr(a, p.lo, p.hi)
            args.append(a)
        src = f"{f.name}({', '.join(a.src for a in args)})"
        ins = f"{f.name}({', '.join(a.ins for a in args)})"
        self.work += self.mult * f.cost
        f.called = True
        lo, hi = (f.lo, f.hi) if t == "int" else (0, 1)
        return E(src, ins, P_ATOM, t, lo, hi, None, sum(a.cost for a in args) + 1)

    # ---- lists ---------------------------------------------------------------------------
    def lists_here(self):
        return [v for v in self.scope if v.t == "list"]

    def list_leaf(self, depth=0):
        """A list variable, or now and then a call returning one (its depth counts, so that calls
        in list arguments nest no deeper than others: each open call holds registers)."""
        r = self.r
        cands = [f for f in self.callable if f.ret == "list" and self.mult * f.cost + self.work < self.work_budget]
        if cands and r.random() < 0.2:
            e = self.call("list", max(depth, 1))
            if e:
                return e
        v = r.choice(self.lists_here())
        return E(v.name, v.name, P_ATOM, "list", 0, 0)

    def element(self, depth=1):
        """An int expression clamped to the lists' element range."""
        return self.clamp_expr(self.expr("int", depth), self.elo, self.ehi)

    def element_literal(self):
        return self.literal(max(self.elo, -LIM16), min(self.ehi, LIM16))

    def index(self, length):
        """An index never out of range for a sequence whose length is `length` (>= 1), with no
        calls (the instrumented copy may evaluate it twice)."""
        r = self.r
        k = r.random()
        if k < 0.25:
            return lit(r.choice([0, -1]))
        v = self.var_of("int")
        a = E(v.name, v.name, P_ATOM, "int", v.lo, v.hi) if v and r.random() < 0.7 else self.literal(-50, 50)
        src = f"{par(a, P_MUL + 1)} % len({length})"
        if k < 0.45:
            return E(f"-1 - {src}", f"-1 - {src}", P_ADD, "int", -MAXLEN, -1)
        return E(src, src, P_MUL, "int", 0, MAXLEN - 1)

    def list_int(self, depth):
        r = self.r
        v = r.choice(self.lists_here())
        n = v.name
        k = r.random()
        grids = [g for g in self.scope if g.t == "grid"]
        if k < 0.15 and grids:
            g = r.choice(grids).name
            src = f"{g}[{self.index(g).src}][{self.index(g + '[0]').src}]"
            return E(src, src, P_ATOM, "int", self.elo, self.ehi, None, 2)
        if k < 0.5:
            src = f"{n}[{self.index(n).src}]"
            return E(src, src, P_ATOM, "int", self.elo, self.ehi, None, 2)
        if k < 0.65:
            return E(f"len({n})", f"len({n})", P_ATOM, "int", 1, MAXLEN, None, 1)
        if k < 0.8:
            lo, hi = min(self.elo * MAXLEN, self.elo), max(self.ehi * MAXLEN, self.ehi)
            return E(f"sum({n})", f"_s({n})", P_ATOM, "int", lo, hi, None, MAXLEN)
        f = r.choice(["min", "max"])
        return E(f"{f}({n})", f"{f}({n})", P_ATOM, "int", self.elo, self.ehi, None, MAXLEN)

    def list_bool(self, depth):
        r = self.r
        ls = self.lists_here()
        v = r.choice(ls)
        if r.random() < 0.6:
            x = self.expr("int", depth + 1)
            return E(f"{par(x, P_CMP + 1)} in {v.name}", f"{par(x, P_CMP + 1, True)} in {v.name}", P_CMP, "bool",
                     0, 1, None, x.cost + MAXLEN)
        w = r.choice(ls)
        src = f"{v.name} {r.choice(['==', '!='])} {w.name}"
        return E(src, src, P_CMP, "bool", 0, 1, None, MAXLEN)

    def new_list(self):
        """A fresh list[int] variable and its value: a literal or [v] * n."""
        r = self.r
        if r.random() < 0.6:
            xs = [self.element_literal() if r.random() < 0.5 else self.element() for _ in range(r.randint(1, 5))]
            src, ins = "[" + ", ".join(x.src for x in xs) + "]", "[" + ", ".join(x.ins for x in xs) + "]"
        else:
            src = ins = f"[{self.element_literal().src}] * {r.randint(1, 6)}"
        return Var(self.name("L"), "list"), src, ins

    def new_grid(self):
        """A list[list[int]] of fixed shape (rows are never appended to), rows aliased now and then."""
        r = self.r
        rows, cols = r.randint(1, 4), r.randint(1, 4)
        k = r.random()
        if k < 0.3:
            src = f"[[{self.element_literal().src}] * {cols}] * {rows}"  # one row, aliased
        elif k < 0.6:
            src = "[" + ", ".join(f"[{self.element_literal().src}] * {cols}" for _ in range(rows)) + "]"
        else:
            src = "[" + ", ".join("[" + ", ".join(self.element_literal().src for _ in range(cols)) + "]"
                                  for _ in range(rows)) + "]"
        return Var(self.name("G"), "grid"), src

    def stmt_list(self, depth):
        r = self.r
        v = r.choice(self.lists_here())
        n = v.name
        k = r.random()
        if k < 0.12 and (self.fn is None or self.r.random() < 0.5):
            w, src, ins = self.new_list()
            if self.fn:
                self.local_names.add(w.name)
            self.emit(f"{w.name} = {src}", f"{w.name} = {ins}")
            self.add(w)
        elif k < 0.3:
            e = self.element()
            self.emit(f"if len({n}) < {MAXLEN}:")
            self.push()
            self.emit(f"{n}.append({e.src})", f"{n}.append({e.ins})")
            self.pop()
        elif k < 0.38:
            e, i = self.element(), self.literal(-15, 15)  # any index: insert clamps it, as CPython does
            self.emit(f"if len({n}) < {MAXLEN}:")
            self.push()
            self.emit(f"{n}.insert({i.src}, {e.src})", f"{n}.insert({i.ins}, {e.ins})")
            self.pop()
        elif k < 0.5:
            arg = self.index(n).src if r.random() < 0.5 else ""
            self.emit(f"if len({n}) > 1:")
            self.push()
            self.emit(f"print({n}.pop({arg}))" if r.random() < 0.5 else f"{n}.pop({arg})")
            self.pop()
        elif k < 0.72:
            i = self.index(n).src
            if r.random() < 0.6:
                e = self.element()
                self.emit(f"{n}[{i}] = {e.src}", f"{n}[{i}] = {e.ins}")
            else:
                d = self.clamp_expr(self.expr("int", 1), -100, 100)
                # checked after the store: d may call a function that resizes n, so the index
                # must be evaluated once before d, as `+=` does
                self.emit(f"{n}[{i}] += {d.src}", f"{n}[{i}] += {d.ins}; _k({n}[{i}])")
                c = self.clamp_expr(E(f"{n}[{i}]", f"{n}[{i}]", P_ATOM, "int", self.elo - 100, self.ehi + 100),
                                    self.elo, self.ehi)
                self.emit(f"{n}[{i}] = {c.src}", f"{n}[{i}] = {c.ins}")
        elif k < 0.8:
            grids = [g for g in self.scope if g.t == "grid"]
            if grids:
                g = r.choice(grids).name
                e = self.element()
                i, j = self.index(g).src, self.index(g + "[0]").src
                self.emit(f"{g}[{i}][{j}] = {e.src}", f"{g}[{i}][{j}] = {e.ins}")
                if r.random() < 0.4:  # a method on a row: appended and popped again, so the shape holds
                    e = self.element()
                    self.emit(f"{g}[{i}].append({e.src})", f"{g}[{i}].append({e.ins})")
                    self.emit(f"{g}[{i}].insert({j}, {g}[{i}].pop())")
                    self.emit(f"print({g}[{i}].pop({j}), len({g}[{i}]))")
            self.emit(f"print({grids[0].name if grids else n})")
        elif k < 0.88 or depth >= 3 or self.mult * MAXLEN * 4 + self.work > self.work_budget:
            self.emit(f"print({n})")
        else:
            x = Var(self.name("i"), "int", self.elo, self.ehi)
            self.emit(f"for {x.name} in {n}:")  # live: appends and pops in the body are seen, as in CPython
            self.scope.append(x)
            self.loop_body(depth, MAXLEN)
            self.scope.remove(x)
            self.loop_else(depth)

    # ---- statements ----------------------------------------------------------------------
    def assign_value(self, v, depth=0):
        e = self.expr(v.t, depth)
        if v.t == "int":
            e = self.clamp_expr(e, v.lo, v.hi)
        return e

    def new_var(self, prefix):
        t = "bool" if self.r.random() < 0.25 else "int"
        lo, hi = self.rand_bound() if t == "int" else (0, 1)
        return Var(self.name(prefix), t, lo, hi)

    def assignable(self):
        # never loop variables, while counters or a rec function's countdown parameter
        return [v for v in self.scope if not v.name.startswith(("i", "c", "n", "G"))]

    def stmt_assign(self):
        r = self.r
        existing = [v for v in self.assignable() if self.fn is None or v.name in self.local_names
                    or v.name in self.writable_globals]
        if existing and r.random() < 0.6:
            v = r.choice(existing)
        else:
            v = self.new_var("a" if self.fn else "m")
            if self.fn:
                self.local_names.add(v.name)
        e = self.assign_value(v)
        self.work += self.mult * e.cost
        # chained assignment now and then (two names of one type and range)
        if r.random() < 0.08 and self.fn is None:
            w = Var(self.name("m"), v.t, v.lo, v.hi)
            self.emit(f"{w.name} = {v.name} = {e.src}", f"{w.name} = {v.name} = {e.ins}")
            self.add(w)
        else:
            self.emit(f"{v.name} = {e.src}", f"{v.name} = {e.ins}")
        self.add(v)

    def add(self, v):
        if all(x.name != v.name for x in self.scope):
            self.scope.append(v)

    def stmt_augassign(self):
        r = self.r
        ints = [v for v in self.assignable() if v.t == "int" and (self.fn is None or v.name in self.local_names
                                                                 or v.name in self.writable_globals)]
        if not ints:
            return self.stmt_assign()
        v = r.choice(ints)
        cur = E(v.name, v.name, P_ATOM, "int", v.lo, v.hi)
        op = r.choice(["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "+", "-"])
        if op in ("//", "%"):
            b = self.divisor(1)
        elif op == "**":
            b = lit(r.randint(0, 3))
        elif op in ("<<", ">>"):
            b = lit(r.randint(0, 12))
        else:
            b = self.expr("int", 1)
        lo, hi = self.interval(op, cur, b)
        if not self.fits(lo, hi):
            return self.stmt_assign()
        rhs_src = b.src
        rhs_ins = b.ins
        self.emit(f"{v.name} {op}= {rhs_src}", f"{v.name} = _k({v.name} {op} ({rhs_ins}))")
        self.work += self.mult * (b.cost + 1)
        if not (v.lo <= lo and hi <= v.hi):
            e = self.clamp_expr(E(v.name, v.name, P_ATOM, "int", lo, hi), v.lo, v.hi)
            self.emit(f"{v.name} = {e.src}", f"{v.name} = {e.ins}")

    def stmt_multi(self):
        r = self.r
        cands = [v for v in self.assignable() if self.fn is None or v.name in self.local_names
                 or v.name in self.writable_globals]
        if len(cands) < 2:
            return self.stmt_assign()
        a, b = r.sample(cands, 2)
        if r.random() < 0.5 and a.t == b.t and (a.t == "bool" or (a.lo, a.hi) == (b.lo, b.hi)):
            self.emit(f"{a.name}, {b.name} = {b.name}, {a.name}")
            return
        ea, eb = self.assign_value(a), self.assign_value(b)
        self.emit(f"{a.name}, {b.name} = {ea.src}, {eb.src}", f"{a.name}, {b.name} = {ea.ins}, {eb.ins}")

    def stmt_print(self):
        r = self.r
        args_s, args_i = [], []
        for _ in range(r.choice([0, 1, 1, 2, 2, 3, 4])):
            k = r.random()
            if k < 0.2:
                s = r.choice(STRINGS)
                q = "'" if '"' in s else '"'
                args_s.append(q + s + q)
                args_i.append(q + s + q)
            else:
                e = self.expr("int" if k < 0.8 else "bool")
                self.work += self.mult * e.cost
                args_s.append(e.src)
                args_i.append(e.ins)
        kw = ""
        k = r.random()
        if k < 0.1:
            kw = ', sep=""' if args_s else 'end=""'
        elif k < 0.2:
            kw = ', sep=", "' if args_s else 'sep="-"'
        elif k < 0.3:
            kw = ', end=" | "' if args_s else 'end="."'
        elif k < 0.35:
            kw = ', sep="\\t", end="!\\n"' if args_s else ''
        s, i = ", ".join(args_s), ", ".join(args_i)
        self.emit(f"print({s}{kw})", f"print({i}{kw})")

    def block(self, depth, n=None):
        saved = list(self.scope)
        self.push()
        n = n or self.r.choice([1, 1, 2, 2, 3, 4])
        for _ in range(n):
            self.statement(depth)
        self.pop()
        self.scope = saved

    def truth_string(self):
        """A string literal for a test: it counts by its truth (non-empty is true)."""
        q = self.r.choice(STRINGS)
        return '"' + q + '"' if "'" in q or '"' not in q else "'" + q + "'"

    def stmt_if(self, depth):
        r = self.r
        c = self.expr("bool" if r.random() < 0.85 else "int")
        if r.random() < 0.1:  # a string in the test: and/or mix its truth with the condition's
            lit_s = self.truth_string()
            form = r.choice(["{c} and {s}", "{s} and {c}", "{c} or {s}", "not {s} or {c}"])
            src, ins = form.format(c=par(c, P_AND + 1), s=lit_s), form.format(c=par(c, P_AND + 1, True), s=lit_s)
            c = E(src, ins, P_OR, "int", 0, 1)
        self.emit(f"if {c.src}:", f"if {c.ins}:")
        self.block(depth + 1)
        ints = [v for v in self.scope if v.t == "int"]
        if ints and r.random() < 0.05:  # a long elif chain over one variable
            x = r.choice(ints).name
            for k in r.sample(range(-40, 41), r.randint(10, 40)):
                self.emit(f"elif {x} == {k}:")
                self.push()
                self.emit("pass" if r.random() < 0.9 else f"print({x})")
                self.pop()
        while r.random() < 0.3:
            c = self.expr("bool")
            self.emit(f"elif {c.src}:", f"elif {c.ins}:")
            self.block(depth + 1)
        if r.random() < 0.4:
            self.emit("else:")
            self.block(depth + 1)

    def loop_body(self, depth, trips):
        saved_mult = self.mult
        self.mult *= max(trips, 1)
        self.loops += 1
        self.block(depth + 1)
        self.loops -= 1
        self.mult = saved_mult

    def stmt_for(self, depth):
        r = self.r
        var = Var(self.name("i"), "int")
        k = r.random()
        if k < 0.35:
            n = r.randint(0, 8)
            rng, var.lo, var.hi, trips = str(n), 0, max(n - 1, 0), n
        elif k < 0.6:
            a, b = r.randint(-5, 5), r.randint(-5, 8)
            step = r.choice([1, 1, 2, 3, -1, -2])
            rng = f"{a}, {b}" if step == 1 and r.random() < 0.5 else f"{a}, {b}, {step}"
            var.lo, var.hi, trips = min(a, b), max(a, b), abs(b - a)
        else:
            n = r.randint(1, 8)
            e = self.expr("int")
            m = self.make_bin("%", e, lit(n), "int")
            rng, var.lo, var.hi, trips = m.src, 0, n - 1, n
            rng_i = m.ins
            if self.mult * trips * 4 + self.work > self.work_budget:
                return self.stmt_assign()
            self.emit(f"for {var.name} in range({rng}):", f"for {var.name} in range({rng_i}):")
            self.scope.append(var)
            self.loop_body(depth, trips)
            self.scope.remove(var)
            self.loop_else(depth)
            return
        if self.mult * trips * 4 + self.work > self.work_budget:
            return self.stmt_assign()
        self.emit(f"for {var.name} in range({rng}):")
        self.scope.append(var)
        self.loop_body(depth, trips)
        self.scope.remove(var)
        self.loop_else(depth)

    def loop_else(self, depth):
        if self.r.random() < 0.15:
            self.emit("else:")
            self.block(depth + 1)

    def stmt_while(self, depth):
        r = self.r
        c = Var(self.name("c"), "int")
        n = r.randint(0, 7)
        if self.mult * n * 4 + self.work > self.work_budget:
            return self.stmt_assign()
        if self.fn:
            self.local_names.add(c.name)
        self.emit(f"{c.name} = 0")
        cond = f"{c.name} < {n}" if r.random() < 0.7 else f"not {c.name} >= {n}"
        self.emit(f"while {cond}:")
        self.push()
        self.emit(f"{c.name} += 1", f"{c.name} = _k({c.name} + 1)")
        self.pop()
        c.lo, c.hi = 1, max(n, 1)
        self.scope.append(c)
        self.loop_body(depth, n)
        self.scope.remove(c)
        self.loop_else(depth)

    def stmt_break(self):
        c = self.expr("bool")
        self.emit(f"if {c.src}:", f"if {c.ins}:")
        self.push()
        self.emit(self.r.choice(["break", "continue"]))
        self.pop()

    def stmt_call(self):
        cands = [f for f in self.callable if self.mult * f.cost + self.work < self.work_budget]
        if not cands:
            return self.stmt_print()
        f = self.r.choice(cands)
        e = self.call(f.ret, 0) if f.ret != "none" else self.call_none(f)
        if e is None:
            return self.stmt_print()
        if f.ret == "none" and self.r.random() < 0.15:
            self.emit(f"print({e.src})", f"print({e.ins})")  # prints None
        else:
            self.emit(e.src, e.ins)

    def call_none(self, f):
        args = []
        for i, p in enumerate(f.params):
            if f.rec_depth and i == 0:
                args.append(lit(self.r.randint(0, f.rec_depth)))
                continue
            a = self.expr(p.t, 1)
            if p.t == "int":
                a = self.clamp_expr(a, p.lo, p.hi)
            args.append(a)
        self.work += self.mult * f.cost
        f.called = True
        return E(f"{f.name}({', '.join(a.src for a in args)})", f"{f.name}({', '.join(a.ins for a in args)})",
                 P_ATOM, "none", 0, 0)

    def stmt_assert(self):
        r = self.r
        ints = [v for v in self.scope if v.t == "int"]
        if ints and r.random() < 0.95:
            v = r.choice(ints)
            if v.hi <= LIM16 and r.random() < 0.5:
                src = f"assert {v.lo} <= {v.name} <= {v.hi}"
            else:
                src = f"assert {v.name} >= {max(v.lo, -LIM16)}"
            if r.random() < 0.3:
                src += ', "range"'
            self.emit(src)
            return
        c = self.expr("bool")
        self.emit(f"assert {c.src}, \"generated\"", f"assert {c.ins}, \"generated\"")

    def statement(self, depth):
        r = self.r
        self.stmts_left -= 1
        compound = depth < 3 and self.stmts_left > 0 and self.work < self.work_budget
        k = r.random()
        if k < 0.25:
            return self.stmt_assign()
        if k < 0.37:
            return self.stmt_augassign()
        if k < 0.42:
            return self.stmt_multi()
        if k < 0.55:
            return self.stmt_print()
        if k < 0.6 and self.loops:
            return self.stmt_break()
        if k < 0.65:
            return self.stmt_call()
        if k < 0.68:
            return self.stmt_assert()
        if k < 0.69:
            return self.emit("pass")
        if k < 0.79 and self.lists_here():
            return self.stmt_list(depth)
        if not compound:
            return self.stmt_print()
        if k < 0.8:
            return self.stmt_if(depth)
        if k < 0.9:
            return self.stmt_for(depth)
        return self.stmt_while(depth)

    # ---- functions -----------------------------------------------------------------------
    def function(self, index):
        r = self.r
        rec = r.random() < 0.3
        ret = r.choices(["int", "bool", "none", "list"], [6, 2, 1, 2 if self.has_lists else 0])[0]
        if rec and ret in ("none", "list"):
            ret = "int"
        lo, hi = self.rand_bound() if ret == "int" else (0, 1)
        nparams = r.randint(0, 3)
        params = [self.new_var("p") for _ in range(nparams)]
        if self.has_lists and not rec and r.random() < 0.4:
            params.insert(r.randint(0, len(params)), Var(self.name("q"), "list"))
        depth_bound = 0
        if rec:
            branching = r.random() < 0.3
            depth_bound = r.randint(1, 7 if branching else 14)
            params.insert(0, Var(self.name("n"), "int", 0, depth_bound))
        f = Func(self.name("rec" if rec else "f"), params, ret, lo, hi, depth_bound)
        if rec:
            f.branching = branching
        # constant defaults for some trailing parameters (never the rec counter)
        for i in range(len(params) - 1, 0 if rec else -1, -1):
            if r.random() < 0.25 and params[i].t != "list":
                p = params[i]
                f.defaults[i] = lit(r.random() < 0.5) if p.t == "bool" else lit(r.randint(max(p.lo, -9), min(p.hi, 9)))
            else:
                break
        heads = []
        for i, p in enumerate(params):
            heads.append(f"{p.name}={f.defaults[i].src}" if i in f.defaults else p.name)
        self.emit(f"def {f.name}({', '.join(heads)}):")
        self.push()
        self.fn = f
        self.local_names = set(p.name for p in params)
        self.scope = list(self.globals) + list(params)
        self.writable_globals = set()
        if self.globals and r.random() < 0.3:
            g = r.choice(self.globals)
            self.writable_globals.add(g.name)
            self.emit(f"global {g.name}")
        saved_work, self.work = self.work, 0
        self.mult = 1
        self.callable = [g for g in self.funcs]
        if rec:
            n = params[0]
            self.emit(f"if {n.name} <= 0:" if r.random() < 0.7 else f"if not {n.name}:")
            self.push()
            self.emit_return(f)
            self.pop()
        self.stmts_left = r.randint(1, 8)
        for _ in range(self.stmts_left):
            if self.stmts_left <= 0:
                break
            self.statement(1)
        if rec:
            self.rec_return(f)
        elif ret != "none" or r.random() < 0.3:
            self.emit_return(f)
        body_work = max(self.work, 1) + 5
        if rec:
            body_work *= (2 ** f.rec_depth if f.branching else f.rec_depth + 1)
        f.cost = body_work
        self.work = saved_work
        self.pop()
        self.fn = None
        self.funcs.append(f)

    def emit_return(self, f):
        if f.ret == "none":
            self.emit("return")
            return
        if f.ret == "list":
            e = self.list_leaf()
            self.emit(f"return {e.src}", f"return {e.ins}")
            return
        e = self.expr(f.ret)
        if f.ret == "int":
            e = self.clamp_expr(e, f.lo, f.hi)
        self.emit(f"return {e.src}", f"return {e.ins}")

    def rec_return(self, f):
        """return combine(rec(n - 1, ...)[, rec(n - 2, ...)]) clamped to f's range."""
        r = self.r
        n = f.params[0].name
        calls = []
        for d in ([1, 2] if f.branching else [1]):
            args_s, args_i = [f"{n} - {d}"] if d == 1 else [f"max({n} - 2, 0)"], None
            args_i = list(args_s)
            for p in f.params[1:]:
                a = self.expr(p.t, 2)
                if p.t == "int":
                    a = self.clamp_expr(a, p.lo, p.hi)
                args_s.append(a.src)
                args_i.append(a.ins)
            calls.append(E(f"{f.name}({', '.join(args_s)})", f"{f.name}({', '.join(args_i)})", P_ATOM,
                           f.ret, f.lo if f.ret == "int" else 0, f.hi if f.ret == "int" else 1))
        if f.ret == "bool":
            e = calls[0]
            if len(calls) == 2:
                e = self.make_bin(r.choice(["&", "|", "^"]), calls[0], calls[1], "bool")
            if r.random() < 0.5:
                e = E("not " + par(e, P_NOT), "not " + par(e, P_NOT, True), P_NOT, "bool", 0, 1)
            self.emit(f"return {e.src}", f"return {e.ins}")
            return
        e = calls[0]
        if len(calls) == 2:
            e = self.make_bin(r.choice(["+", "-", "^", "|"]), calls[0], calls[1], "int")
        other = self.expr("int", 2)
        e = self.make_bin(r.choice(["+", "-", "*", "^", "&"]), e, other, "int")
        if not self.fits(e.lo, e.hi):
            e = calls[0]
        e = self.clamp_expr(e, f.lo, f.hi)
        self.emit(f"return {e.src}", f"return {e.ins}")

    # ---- the program ---------------------------------------------------------------------
    def program(self):
        r = self.r
        self.bigs = {}
        body_start = len(self.lines)
        for _ in range(r.randint(1, 5)):
            v = self.new_var("g")
            e = lit(r.random() < 0.5) if v.t == "bool" else self.literal(v.lo, min(v.hi, LIM16))
            self.emit(f"{v.name} = {e.src}")
            self.globals.append(v)
        if self.has_lists:
            self.scope = list(self.globals)
            for _ in range(r.randint(1, 3)):
                v, src, ins = self.new_list()
                self.emit(f"{v.name} = {src}", f"{v.name} = {ins}")
                self.globals.append(v)
            if r.random() < 0.4:
                g, src = self.new_grid()
                self.emit(f"{g.name} = {src}")
                self.globals.append(g)
        for i in range(r.randint(0, 5)):
            self.function(i)
        self.scope = list(self.globals)
        self.callable = list(self.funcs)
        self.fn = None
        self.writable_globals = set(g.name for g in self.globals)
        self.local_names = set()
        self.mult = 1
        self.work = 0
        self.stmts_left = r.randint(8, 40)
        guard = r.random() < 0.1
        if guard:
            self.emit('if __name__ == "__main__":')
            self.push()
        while self.stmts_left > 0:
            self.statement(0)
        # Every function gets a call site in the module body: kilopy types the parameters of a
        # function that is never called as int, which a bool use inside it then contradicts.
        # (f.called is not enough: a call inside a function nobody calls passes untyped values,
        # and a generated call may have been dropped.) Each gets a call here, run for real or
        # under a condition that is always false (kilopy types dead code too).
        for f in self.funcs:
            e = self.call_none(f)
            if r.random() < 0.5:
                ints = [v for v in self.globals if v.t == "int"]
                g = r.choice(ints) if ints else None
                cond = f"{g.name} > {g.hi}" if g and g.hi <= LIM16 else "False"
                self.emit(f"if {cond}:")
                self.push()
                self.emit(e.src, e.ins)
                self.pop()
            else:
                self.emit(e.src, e.ins)
        ints = [v.name for v in self.scope]
        if ints:
            self.emit(f"print({', '.join(ints)})")
        if guard:
            self.pop()
        # Constants outside 16 bits live in globals computed from small ones (so the program
        # still compiles at 16 bits, where computing them overflows at run time).
        pre_s, pre_i = [], []
        for name, v in self.bigs.items():
            rest, c = divmod(abs(v), 16384)
            a, b = divmod(rest, 16384)
            pre_s += [f"{name} = {a}", f"{name} = ({name} * 16384 + {b}) * 16384 + {c}"]
            pre_i += [f"{name} = {a}", f"{name} = _k(_k(_k(_k({name} * 16384) + {b}) * 16384) + {c})"]
            if v < 0:
                pre_s.append(f"{name} = -{name}")
                pre_i.append(f"{name} = _k(-{name})")
        self.lines[body_start:body_start] = pre_s
        self.ilines[body_start:body_start] = pre_i
        header = [f"# generated by tests/gen/gen_programs.py (mode {self.mode})"]
        src = "\n".join(header + self.lines) + "\n"
        ins = "\n".join(header + [PRELUDE] + self.ilines) + "\n"
        return src, ins


PRELUDE = '''_o16 = 0
_o32 = 0
def _k(v):
    global _o16, _o32
    if not _o16 and (v < -32768 or v > 32767):
        _o16 = 1
        print("\\0OVF16\\0", end="")
    if not _o32 and (v < -2147483648 or v > 2147483647):
        _o32 = 1
        print("\\0OVF32\\0", end="")
    return v
def _s(items):
    total = 0
    for v in items:
        total = _k(total + v)
    return total'''


def generate(seed):
    """(program source, instrumented source) for one seed."""
    return Gen(seed).program()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.count):
        seed = a.seed * 1000003 + i
        src, ins = generate(seed)
        with open(os.path.join(a.out, f"gen_{seed}.py"), "w") as f:
            f.write(src)
        with open(os.path.join(a.out, f"gen_{seed}.ins.py"), "w") as f:
            f.write(ins)


if __name__ == "__main__":
    main()
