#!/usr/bin/env python3
"""Random sequences of statements over strs, formatting and exceptions, for differential testing
(issue 17).

  strings.py --seed S [--count N] [--out DIR]      write strings_S_I.py files
  import strings; src, ins = strings.generate(seed)  (run_batch.py --generator strings)

A program is fixed helpers (each called once first: kilopy types parameters from calls), then
one straight sequence of statements over str variables (s, t, u), a list of strs (ws), a dict
with str keys (d) and an int (n): +, * and +=, indexing and slicing (negative bounds and steps,
out of range), the str methods, split and join, str() and int() (a bad literal raises
ValueError), ord, len, in, comparisons, f-strings, % and .format (with specs) as values and in
print(), widths given by a nested field (f'{s:>{n}}', negative ones too), sets of strs and set
comprehensions, strs in lists and dicts, and try/except around what may raise (IndexError,
KeyError, raise KeyError(s), ValueError, a class of the program's own). As in list_ops.py, the generator runs each statement
as it writes it (CPython, on its own copy of the state) to steer: strs stay short and ASCII, ints
small, and the program ends right after the first statement that raises outside a try. The
expected output always comes from running the program under python3, never from this model.
No value leaves 16 bits, so `ins` (the copy CPython runs) is the program itself.
"""
import random

import steered

HELPERS = '''class BadInput(Exception):
    pass


def shout(x, mark="!"):
    return x.upper() + mark


def parse(x):
    if not x:
        raise BadInput("empty")
    return int(x)


def pick(xs, i):
    try:
        return xs[i]
    except IndexError:
        return "?"


s = "train"
t = "ab"
u = ""
ws = ["low", "mid", "high"]
d = {"low": 1, "high": 3}
n = 7
u = shout(t) + shout(s, mark="?") + pick(ws, 1) + str(parse("12"))
'''

MAX_LEN = 24
WORDS = ["a", "ab", "x1", "Mid", "hi there", " pad ", "12", "-7", "0", "q,r", ""]
NAMES = ["s", "t", "u"]


class Gen(steered.Steered):
    RAISES = (IndexError, KeyError, ValueError)

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.ns = {}
        exec(HELPERS, self.ns)
        self.lines = []

    def ok(self, ns):
        """Strs short and ASCII, lists and dicts small, ints small."""
        def fine(v):
            if isinstance(v, bool) or v is None:
                return True
            if isinstance(v, int):
                return abs(v) <= 3000
            if isinstance(v, str):
                return len(v) <= MAX_LEN and v.isascii()
            if isinstance(v, list):
                return len(v) <= 8 and all(fine(e) for e in v)
            if isinstance(v, dict):
                return len(v) <= 8 and all(fine(k) and fine(e) for k, e in v.items())
            return True

        return all(fine(v) for k, v in ns.items() if not k.startswith("__") and not callable(v))

    def lit(self):
        return repr(self.r.choice(WORDS))

    def idx(self, name):
        n = len(self.ns[name])
        r = self.r
        return r.randint(-n, n - 1) if n and r.random() < 0.9 else r.choice([n, -n - 1, 0])

    def statement(self):
        r = self.r
        A, B = r.sample(NAMES, 2)
        L = self.lit
        i = self.idx
        choices = [
            lambda: r.choice([f"{A} = {B} + {L()}", f"{A} += {L()}", f"{A} = {B} * {r.randint(0, 3)}",
                              f"{A} = {L()}", f"{A} = {A}[{r.randint(-4, 4)}:{r.randint(-4, 6)}]",
                              f"{A} = {B}[::{r.choice([1, -1, 2, -2])}]", f"{A} = str(n) + {B}"]),
            lambda: r.choice([f"print({A}[{i(A)}])", f"print({A}, len({A}), {A} == {B}, {A} < {B}, {B} in {A})",
                              f"print({A}[{r.randint(-5, 5)}:], {A}[:{r.randint(-5, 5)}], f'{{{A}!r}}')",
                              f"print({A}.upper(), {A}.lower(), {A}.strip(), {A}.find({L()}))",
                              f"print({A}.startswith({L()}), {A}.endswith({L()}), {A}.split(), {A}.split(','))",
                              f"print({A}.count('a'), {A}.replace('a', '-'), bool({A}), not {A})"]),
            lambda: r.choice([f"print(f'{{{A}}}|{{n}}|{{{A}!r}}', '%s:%d' % ({A}, n), '{{}}-{{}}'.format({A}, {B}))",
                              f"{A} = f'{{{B}}}={{n}}'", f"{A} = '%s/%d' % ({B}, n)", f"{A} = '{{}}{{}}'.format({B}, n)",
                              f"print(f'{{n:>5}}|{{n:<4}}|{{n:04d}}|{{n:x}}', '%5d|%-4d|' % (n, n))",
                              f"{A} = f'{{{B}:>6}}|{{n:04d}}|{{n:+}}'", f"{A} = '%-5s|%3d|%x' % ({B}, n, n)",
                              f"{A} = '{{:^7}}'.format({B})", f"{A} = hex(n) + bin(n % 8)",
                              f"{A} = f'{{{B}!s:*<4}}{{n:,}}{{True:>5}}'",
                              f"print(f'{{{A}:>{{n % 9}}}}|{{n:<{{len({B})}}}}|{{n:0{{n % 7}}}}|{{{B}!r:.^{{n % 11}}}}')",
                              f"try:\n    {A} = f'{{{B}:*^{{n}}}}{{n:+{{len({A})}}}}'\nexcept ValueError as e:\n    print('ValueError:', e)",
                              f"try:\n    print(f'{{n:>{{n - 3}}}}|{{n:#{{n}}x}}')\nexcept ValueError as e:\n    print('ValueError:', e)"]),
            lambda: r.choice([f"ws.append({A})" if len(self.ns['ws']) < 6 else "ws.pop()",
                              f"print(ws, len(ws), {A} in ws, ','.join(ws))", f"ws[{i('ws')}] = {A}",
                              f"{A} = '-'.join(ws)", f"{A} = ws[{i('ws')}]", "ws = sorted(ws, key=len)",
                              f"ws = {A}.split()", f"print([w.upper() for w in ws if w], [len(w) for w in ws])",
                              f"print(len(set({A})), {L()} in set(ws), sorted({{len(w) for w in ws}}))",
                              f"print(set(ws) == {{w for w in ws if w}}, sorted(set(ord(c) % 7 for c in {A})))"]),
            lambda: r.choice([f"d[{A}] = n", f"print(d[{A}])", f"print(d.get({A}, -1), {A} in d, len(d))",
                              f"d[{L()}] = len({A})", "print(d)", f"print([k for k in d], sum(d[k] for k in d))"]),
            lambda: r.choice([f"n = len({A}) + {r.randint(-5, 5)}", f"n = int({L()})", f"n = int({A})",
                              f"n = ord({A}[{i(A)}])", f"{A} = str(n)", f"{A} = chr(97 + n % 26)"]),
            lambda: r.choice([f"try:\n    n = int({A})\nexcept ValueError:\n    print('not a number:', {A})",
                              f"try:\n    print({A}[{i(A)}])\nexcept IndexError:\n    print('index', {i(A)})",
                              f"try:\n    print(d[{A}])\nexcept KeyError:\n    d[{A}] = 0",
                              f"try:\n    n = parse({A})\nexcept BadInput as e:\n    print('bad:', e)\nexcept ValueError:\n    n = -1",
                              f"print(pick(ws, {r.randint(-8, 8)}), shout({A}), shout({B}, mark='?'))",
                              f"try:\n    {A} = {A} + {L()}\n    n = n // len({B})\nexcept ZeroDivisionError:\n    print('empty', f'{{{B}!r}}')",
                              f"try:\n    if {A} not in d:\n        raise KeyError({A})\n    print(d[{A}])\nexcept LookupError as e:\n    print('no key', e)"]),
            lambda: r.choice([f"for ch in {A}:\n    if ch in 'aeiou':\n        n += 1",
                              f"for k, w in enumerate(ws):\n    print(k, w[:2])",
                              f"if {A}:\n    print({A})\nelse:\n    print('empty')"]),
        ]
        return r.choice(choices)()


def generate(seed):
    """(program, the copy CPython runs): the same text, see the module's docstring."""
    src = Gen(seed).program(HELPERS, (15, 50), 0.08)
    return src, src


if __name__ == "__main__":
    steered.main(__doc__, generate, "strings")
