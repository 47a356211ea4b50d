#!/usr/bin/env python3
"""Run-time messages against CPython, at both int widths.

  check_messages.py --kilopy K

  - array stores: every typecode ('b', 'B', 'h') through every store path kilopy has
    (setitem, augmented setitem, array(...) construction, [v] * n, extend; arrays have no
    append, insert or pop in kilopy) with values around every boundary; a value that
    does not fit must give CPython's exact OverflowError (its two-step rule: 'b' is converted
    through a C short first), one that fits the same output;
  - lists and arrays in arenas up to the maximum (4096, 40000 and 65535 bytes: at 16-bit ints
    the objects then lie above offset 32767, where a register holds a negative int): the same
    output and, for an error, CPython's exact last line;
  - an overflow names its operands so that Python parses them back to the same value:
    `(-3) ** 10`, not `-3 ** 10` (which is -(3 ** 10));
  - an error that an `except ... as e` clause matches but kilopy cannot bind (a tuple key's
    KeyError): kilopy stops with CPython's last line of the same error left uncaught, after a
    note naming the clause's line;
  - a heap nearly full while a small callee allocates below its caller's larger frame (the
    caller's registers above the callee's frame are its own again after the return): swept
    over the arena's fill, each run prints what python3 prints, or a prefix of it and then
    kilopy's MemoryError; never other text (a str block once landed in those registers).
Expected text comes from running python3 on the same source; nothing here is hand-written.
"""
import argparse
import os
import subprocess
import sys
import tempfile

TIMEOUT = 120
BOUNDARIES = [-2147483648, -65536, -32769, -32768, -129, -128, -1, 0, 127, 128, 255, 256, 32767, 32768,
              65536, 2147483647]
STORES = {
    "setitem": "a = array('{tc}', [0])\na[0] = v\n",
    "augmented": "a = array('{tc}', [0])\na[0] += v\n",
    "construct": "a = array('{tc}', [v])\n",
    "fill": "a = array('{tc}', [v] * 3)\n",
    "extend": "a = array('{tc}', [0])\na.extend([1, v])\n",
}
# Lists and arrays at large arenas: each program's output and its error (if any) must be CPython's
# (a name ending in _32 runs at 32 bits only: at 16 bits no int lies outside array('h')).
HEAP_PROGRAMS = {
    "lists": """from array import array
rows = []
for i in range(40):
    rows.append([i, i * i, -i])
rows.insert(3, [7, 7])
print(len(rows), rows[3], rows[-1], sum(rows[10]), min(rows[5]), max(rows[6]))
x = rows.pop()
print(x, rows.pop(0), rows.pop(-2), [1, 2] in rows, rows[4] == [3, 9, -3])
a = array('b', [1, -2, 3])
b = array('B', [200, 100])
h = array('h', [-300, 300])
a[0] = -128
b[0] = 255
h[1] = 32767
print(a, b, h, len(a) + len(b) + len(h), sum(b), min(h), max(a))
w = [0] * 50
w[49] = 5
print(w[49], len(w * 2))
""",
    "churn": """from array import array
keep = []
total = 0
for i in range(3000):
    row = [i % 7] * 20
    a = array('h', [i, -i])
    total = (total + sum(row) + a[1]) % 1000
    if i % 100 == 0:
        keep.append([row, [len(keep)]])
print(total, len(keep), keep[-1][1], keep[5][0] == [5] * 20, keep[29][0][19])
""",
    "array_index": "from array import array\na = array('b', [1, 2])\nprint(a)\nprint(a[5])\n",
    "array_assign_index": "from array import array\na = array('h', [1, 2])\na[-3] = 0\n",
    "list_index": "l = [[1], [2]]\nprint(l[2])\n",
    "pop_index": "l = [5]\nl.pop(-2)\n",
    "pop_empty": "l = [5]\nl.pop()\nl.pop()\n",
    "tuple_index": "t = (1, 2)\ni = 1\nprint(t[i])\ni = -3\nprint(t[i])\n",
    "unpack_short": "rows = [[1, 2], [3]]\nfor a, b in rows:\n    print(a, b)\n",
    "unpack_long": "xs = [1, 2, 3]\n(a, b), c = xs, 1\n",
    "array_B_store": "from array import array\na = array('B', [1, 2])\nv = 300\na[1] = v\n",
    "array_b_store": "from array import array\na = array('b', [1])\nv = -129\na[0] = v\n",
    "array_h_fill_32": "from array import array\nv = -32767\na = array('h', [v] * 2)\nv = v - 1\na = array('h', [v] * 2)\nprint(a)\nv = -30000\nv = v * 2\na = array('h', [v] * 2)\n",
    "min_empty": "l = [1]\nl.pop()\nprint(min(l))\n",
    "slices": """from array import array
rows = [[0, 0], [1, -1], [2, -2]]
rows += rows[::-1] + rows[1:2] * 3
rows[1:3] = rows[4:]
del rows[1:3]
a = array('h', [5, -5, 300]) * 4
a.extend(a[::-2])
w = [3, 1, 2] * 5
w.sort(reverse=True)
w[2:4] = w
print(rows, a, w, w.index(1), w.count(2))
w.remove(3)
del w[-1]
print(len(w), w[::4], rows.count([1, -1]), rows.copy() == rows)
""",
    "index_missing": "l = [4, 5]\nprint(l.index(4))\nprint(l.index(6))\n",
    "index_missing_bool": "l = [True]\nprint(l.index(False))\n",
    "remove_missing": "l = [4, 5]\nl.remove(5)\nl.remove(5)\n",
    "array_index_missing": "from array import array\na = array('B', [4])\nprint(a.index(300))\n",
    "array_remove_missing": "from array import array\na = array('b', [4])\na.remove(-4)\n",
    "del_index": "l = [4, 5]\ndel l[-2]\ndel l[1]\n",
    "array_del_index": "from array import array\na = array('h', [4])\ndel a[1]\n",
    "slice_step_zero": "l = [4, 5]\nprint(l[1::1])\nn = 0\nprint(l[::n])\n",
    "slice_assign_step_zero": "l = [4, 5]\nl[::0] = l\n",
    "del_index_missing_value": "l = [4, 5]\nprint(l.count(5))\ndel l[2]\n",
    "slice_size": "l = [4, 5, 6]\nl[::2] = [1, 2]\nl[::-2] = [1, 2, 3]\n",
}
# Overflowing operations: (source expression with a and b, a, b) per width.
OVERFLOWS = {
    16: [("a ** b", -3, 10), ("a ** b", -3, 11), ("a ** b", 3, 11), ("a + b", 30000, 30000), ("a - b", -30000, 30000),
         ("a * b", -300, 300), ("a // b", -32768, -1), ("a << b", -2, 15), ("-a", -32768, 0),
         ("abs(a)", -32768, 0), ("a - b", 30000, -30000)],
    32: [("a ** b", -3, 20), ("a ** b", -3, 21), ("a ** b", -2, 32), ("a + b", 2000000000, 2000000000),
         ("a * b", -100000, 100000), ("a // b", -2147483648, -1), ("a << b", -3, 30), ("-a", -2147483648, 0),
         ("a - b", 2000000000, -2000000000)],
}


def fits(v, bits):
    return -(1 << (bits - 1)) <= v < (1 << (bits - 1))


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=TIMEOUT)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def last(err):
    lines = err.strip().splitlines()
    return lines[-1] if lines else ""


class Checker:
    def __init__(self, kilopy, tmp):
        self.kilopy, self.tmp, self.failures, self.count = kilopy, tmp, [], 0
        self.python = {}  # source -> python3's run: it depends on the source alone, not on bits or arena

    def write(self, name, source):
        path = os.path.join(self.tmp, name + ".py")
        with open(path, "w") as f:
            f.write(source)
        return path

    def same_as_python(self, name, source, bits, arena=None):
        """kilopy must print what python3 prints and stop with python3's exact last line."""
        path = self.write(name, source)
        if source not in self.python:
            self.python[source] = run([sys.executable, path], self.tmp)
        py = self.python[source]
        cmd = [self.kilopy, "run", path, "--int-bits", str(bits)] + (["--heap", str(arena)] if arena else [])
        kp = run(cmd, self.tmp)
        self.count += 1
        where = f"{name} at {bits} bits" + (f", arena {arena}" if arena else "")
        if kp[0] == 2:
            self.failures.append(f"{where}: kilopy refused it:\n{kp[2]}")
        elif (kp[0], kp[1]) != (py[0], py[1]) or (py[0] and last(kp[2]) != last(py[2])):
            self.failures.append(f"{where}: differs from python3\n--- source\n{source}--- python3 (exit {py[0]})\n"
                                 f"{py[1]}{last(py[2])}\n--- kilopy (exit {kp[0]})\n{kp[1]}{last(kp[2])}")

    def operands_parse_back(self, expr, a, b, bits):
        """The overflow message's operand text evaluates in Python to the program's value."""
        path = self.write("overflow", f"a = {a}\nb = {b}\nprint({expr})\n")
        code, _, err = run([self.kilopy, "run", path, "--int-bits", str(bits)], self.tmp)
        self.count += 1
        line = last(err)
        head, sep, _ = line.partition(" does not fit")
        text = head.removeprefix("OverflowError: ")
        want = eval(expr, {}, {"a": a, "b": b})
        try:
            got = eval(text, {}, {}) if sep else None
        except SyntaxError:
            got = None
        if code != 1 or got != want:
            self.failures.append(f"{expr} with a={a}, b={b} at {bits} bits: python3 reads the message's "
                                 f"{text!r} as {got}, not {want}:\n{err}")


# (a program whose handler binds an error kilopy cannot write the text of, the same program
# with the error left uncaught (its lookup outside the try), the handler's line)
UNBOUND = ("""xs = [1, 2, 3, 4]


def put(ys):
    try:
        xs[::2] = ys
    except ValueError as e:
        print("bad", e)
        return 0
    return 1


print(put([7, 8]))
print(put([9]))
""", "xs = [1, 2, 3, 4]\nxs[::2] = [7, 8]\nprint(1)\nxs[::2] = [9]\n", 7)


def unbound_handler(c, bits):
    """kilopy prints what python3 prints of the uncaught variant, ends with its last line, and
    names the clause that matched in a note before the traceback."""
    source, uncaught, line = UNBOUND
    py = run([sys.executable, c.write("unbound_uncaught", uncaught)], c.tmp)
    kp = run([c.kilopy, "run", c.write("unbound", source), "--int-bits", str(bits)], c.tmp)
    c.count += 1
    note = f"kilopy: the except clause at line {line} matches this error"
    if (kp[0], kp[1], last(kp[2])) != (py[0], py[1], last(py[2])) or note not in kp[2]:
        c.failures.append(f"unbound handler at {bits} bits: want exit {py[0]}, {py[1]!r}, a note {note!r} and "
                          f"{last(py[2])!r}; got exit {kp[0]}, {kp[1]!r} and\n{kp[2]}")


# A callee with a small frame that makes a str while the caller's frame reaches higher (its
# temporaries in the sum's nested operands); FILL, the list's length, fills the arena.
CALLER_FRAME = """def join2(a, b):
    return a + b


def main(first, last, scores):
    name = join2(first, last)
    total = scores[0] + (scores[1] + (scores[2] + (scores[3] + (scores[4] + scores[5]))))
    print(name, total)


filler = [0] * FILL
main("Ada ", "Lovelace", [60, 68, 70, 62, 84, 93])
"""


def heap_below_caller_frame(c, bits):
    """Each fill: python3's output, or a prefix of it and kilopy's MemoryError."""
    for fill in range(190, 480 if bits == 16 else 250):
        source = CALLER_FRAME.replace("FILL", str(fill))
        py = run([sys.executable, c.write("caller_frame", source)], c.tmp)
        kp = run([c.kilopy, "run", c.write("caller_frame", source), "--int-bits", str(bits)], c.tmp)
        c.count += 1
        if not ((kp[0], kp[1]) == (py[0], py[1]) or
                (kp[0] == 1 and py[1].startswith(kp[1]) and last(kp[2]).startswith("MemoryError: "))):
            c.failures.append(f"caller's frame at {bits} bits, fill {fill}: python3 printed {py[1]!r}; kilopy (exit "
                              f"{kp[0]}) printed {kp[1]!r} and {last(kp[2])!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilopy", required=True)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        c = Checker(os.path.abspath(a.kilopy), tmp)
        for bits in (16, 32):
            for tc in "bBh":
                for how, store in STORES.items():
                    for v in BOUNDARIES:
                        if fits(v, bits):
                            source = f"from array import array\nv = {v}\n" + store.format(tc=tc) + "print(a)\n"
                            c.same_as_python(f"store_{tc}_{how}", source, bits)
            for name, source in HEAP_PROGRAMS.items():
                for arena in (4096, 40000, 65535) if bits == 32 or not name.endswith("_32") else ():
                    c.same_as_python(name, source, bits, arena)
            for expr, x, y in OVERFLOWS[bits]:
                c.operands_parse_back(expr, x, y, bits)
            unbound_handler(c, bits)
            heap_below_caller_frame(c, bits)
        for f in c.failures:
            print("FAIL " + f)
        print(f"{c.count - len(c.failures)} of {c.count} checks match python3")
        sys.exit(1 if c.failures else 0)


if __name__ == "__main__":
    main()
