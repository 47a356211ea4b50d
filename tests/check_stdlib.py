#!/usr/bin/env python3
"""Checks stdlib_micro/*.py two ways:
1. Under CPython, each module's documented behaviour, with the expectations computed here by
   Python from the documentation's formulas (fractions, brute force), never written out.
2. Under kilopy at 16 and 32 bits: each module's source followed by a driver that calls every
   function over a range of inputs must print what python3 prints for the same program
   (until `import` lands, the module is prepended instead of imported).

  check_stdlib.py --kilopy build/kilopy --source .
"""
import argparse
import importlib.util
import math
import os
import random as cpython_random  # CPython's own: stdlib_micro's is imported by path below
import subprocess
import sys
import tempfile
from fractions import Fraction

DRIVERS = {  # module: a driver appended to its source; it prints what it computes
    "prng": """
set_seed(1)
ones = 0
for _ in range(2000):
    ones += next_bit()
print(ones, state, random_bits(15), random_bits(0), below(10), below(1), below(32767))
for s in range(1, 32767, 4093):
    set_seed(s)
    print(random_bits(7), random_bits(15), below(100), below(3))
""",
    "fixed": """
total = 0
for a in range(-40, 41, 3):
    for b in range(-50, 51, 7):
        total += mul_shift(a, b, 0) + mul_shift(a, b, 3) + mul_shift(a, b, 5)
        total += to_int(a * b, 4) + ema(a, b, 2) + clamp(a, -10, b)
print(total, to_fixed(-5, 4), clamp8(300), clamp8(-300), clamp8(-7))
for v in range(-20, 300, 17):
    print(scale(v, 0, 255, -50, 50), scale(v, -10, 90, 0, 15), end=" ")
print()
for v in [-32767, -640, -384, -128, -1, 0, 1, 127, 128, 192, 200, 2047, 32767]:
    print(to_str(v, 8, 2), to_str(v, 11, 4), to_str(v, 0, 1), to_str(v, 4, 0), end=" ")
print()
""",
    "quant": """
print(shift_to_fit(0, 8), shift_to_fit(127, 8), shift_to_fit(128, 8), shift_to_fit(30000, 4))
total = 0
for a in range(-8, 8):
    for b in range(-8, 8):
        byte = pack4(a, b)
        total += byte + unpack4(byte, 0) * 3 + unpack4(byte, 1) * 5
print(total)
for w in range(-300, 300, 37):
    print(quantize(w, 2, 4), quantize(w, 1, 8), nearest([-90, -30, 30, 90], w), end=" ")
print()
""",
    "perceptron": """
w = [0, 0, 0]
x = [0, 0]
wrong = 0
for t in range(200):
    x[0] = t * 37 % 61 - 30
    x[1] = t * 23 % 53 - 26
    wrong += train_step(w, x, 1 if x[1] > x[0] else 0, 1) != (1 if x[1] > x[0] else 0)
print(w, wrong, predict(w, [5, -5]), predict(w, [-5, 5]))
""",
    "random": """
seed(1)
print(getrandbits(0), getrandbits(15), randrange(7), randrange(-5, 5), randrange(9, -9, -2))
print(randint(-2, 2), randint(3, 3), randrange(1))
for s in range(-40, 40, 13):
    seed(s)
    xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    shuffle(xs)
    print(xs, choice(xs), randrange(100), randint(1, 6), getrandbits(7))
""",
    "_kilopy_text": """
for s in ["ff", " -0x7 ", "0b1_0", "0o17", "z", "1__0", "", "0x", "08", "00", "+_1", "10_"]:
    for b in (0, 2, 8, 10, 16, 36):
        try:
            print(int_base(s, b), end=" ")
        except ValueError as e:
            print(e)
    print()
for s in ["", "..a,b..", "aaa", "xyx"]:
    print(strip_chars(s, ".,x", 3), strip_chars(s, "a.", 1), strip_chars(s, "", 2), strip_chars(s, "xy", 2))
for s in ["", "abcab", "aaaa"]:
    print([find_from(s, sub, k) for sub in ("", "a", "ab", "ca", "aaa") for k in range(-7, 8)])
    for sub in ("", "a", "ab"):
        for k in range(-6, 7, 2):
            print([(rfind_from(s, sub, k, e), count_from(s, sub, k, e), starts_from(s, sub, k, e), ends_from(s, sub, k, e)) for e in range(-6, 7, 3)])
            for e in (-2, 3, 32767):
                for f in (index_from, rindex_from):
                    try:
                        print(f(s, sub, k, e), end=" ")
                    except ValueError as err:
                        print(err, end=" ")
            print()
for xs in ([], [1, 2, 1, 3]):
    for k in range(-5, 6):
        for e in (-1, 2, 32767):
            try:
                print(index_from(xs, 1, k, e), end=" ")
            except ValueError as err:
                print(err, end=" ")
    print()
for s in ["", "abcab", "aaaa", "é-é"]:
    print(replace_text(s, "a", "<>"), replace_text(s, "", "."), [replace_count(s, old, "+", k) for old in ("", "a", "ab", "é") for k in range(-2, 5)])
""",
    "math": """
print([isqrt(n) for n in range(0, 32767, 331)], isqrt(32767), gcd(), lcm(), gcd(-7))
print([gcd(a, b) for a in (-12, 0, 7, 18, -32767) for b in (0, 4, -6, 27, 32767)])
print([lcm(a, b) for a in (-12, 0, 7, 18) for b in (0, 4, -6, 27)])
print([factorial(n) for n in range(8)])
for n in range(16):
    print([comb(n, k) for k in range(n + 2)])
print([perm(n, k) for n in range(8) for k in range(6)], perm(7), prod([3, -4, 5]), prod([], start=7))
for bad in (-1, -32768):
    for f in (isqrt, factorial):
        try:
            f(bad)
        except ValueError as e:
            print(e)
    for n, k in ((bad, 2), (3, bad)):
        try:
            print(comb(n, k))
        except ValueError as e:
            print(e)
        try:
            print(perm(n, k))
        except ValueError as e:
            print(e)
""",
    "_kilopy_heapq": """
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, -4, 6]:
    heappush(h, v)
    print(h)
print(heappushpop(h, -9), heappushpop(h, 4), h)
print(heapreplace(h, 10), h)
out = []
while h:
    out.append(heappop(h))
print(out, h, heappushpop(h, 1), h)
xs = [(v * 37) % 101 - 50 for v in range(24)]
heapify(xs)
print(xs)
print(nsmallest(5, xs), nlargest(5, xs), nsmallest(0, xs), nlargest(-1, xs), nsmallest(99, [3, 1]))
for bad in (heappop, heapreplace):
    try:
        if bad == heappop:
            heappop([])
        else:
            heapreplace([], 1)
    except IndexError as e:
        print("IndexError:", e)
""",
    "_kilopy_bisect": """
xs = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, -4, 6, 5]:
    print(bisect_left(xs, v), bisect_right(xs, v), bisect(xs, v), end=" ")
    insort(xs, v)
print(xs)
ys = [1, 3, 3, 3, 7]
insort_left(ys, 3)
insort_right(ys, 3, 0, 2)
insort_left(ys, 9, 2)
print(ys, bisect_left(ys, 3, 2), bisect_right(ys, 3, 0, 4), bisect_left(ys, 0, 3, 5), bisect_right(ys, 10, 1))
words = ["ant", "bee", "cat"]
insort(words, "bat")
print(words, bisect_left(words, "cat"), bisect_right(words, "a"))
try:
    bisect_left(ys, 3, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect_right(ys, 3, 0, 99)
except IndexError as e:
    print("IndexError:", e)
""",
    "_kilopy_dict": """
ages = {"ann": 31, "bob": 40}
names = {1: "one", 2: "two"}
print(get_or_none(ages, "ann"), get_or_none(ages, "zed"), get_or_none(names, 2), get_or_none(names, 0))
print(pop_or_none(ages, "ann"), pop_or_none(ages, "ann"), ages, pop_or_none(names, 1), names)
""",
}


def fail(msg):
    sys.exit("FAIL: " + msg)


def check_prng(m):
    m.set_seed(1)
    seen = set()
    ones = 0
    while m.state not in seen:
        assert 0 < m.state < 1 << 15
        seen.add(m.state)
        ones += m.next_bit()
    if len(seen) != 32767 or m.state != 1:
        fail(f"prng: period {len(seen)}, not 32767")
    if ones != 16384:
        fail(f"prng: {ones} ones over a period, not 16384")
    m.set_seed(777)
    bits = [m.next_bit() for _ in range(15)]
    m.set_seed(777)
    if m.random_bits(15) != int("".join(map(str, bits)), 2):
        fail("prng: random_bits(15) is not next_bit() 15 times, the first highest")
    for n in (1, 2, 3, 10, 100, 32767):
        draws = [m.below(n) for _ in range(3000)]
        if not all(0 <= d < n for d in draws):
            fail(f"prng: below({n}) left 0..{n - 1}")
        if n <= 10 and len(set(draws)) != n:
            fail(f"prng: below({n}) missed a value in 3000 draws")
    try:
        m.set_seed(0)
    except AssertionError:
        pass
    else:
        fail("prng: set_seed(0) was accepted")


def check_fixed(m):
    for a in range(-181, 182, 7):
        for b in range(-181, 182, 11):
            for s in range(0, 9):
                want = math.floor(Fraction(a * b, 1 << s) + Fraction(1, 2))
                if m.mul_shift(a, b, s) != want:
                    fail(f"fixed: mul_shift({a}, {b}, {s}) != {want}")
            want = math.floor(Fraction(a * b, 16) + Fraction(1, 2))
            if m.to_int(a * b, 4) != want:
                fail(f"fixed: to_int({a * b}, 4) != {want}")
            if m.ema(a, b, 3) != a + math.floor(Fraction(b - a, 8)):
                fail(f"fixed: ema({a}, {b}, 3)")
            if m.clamp(b, -a if a > 0 else a, abs(a)) != sorted([b, -abs(a), abs(a)])[1]:
                fail(f"fixed: clamp({b}, {-abs(a)}, {abs(a)})")
    for v in range(-300, 300):
        if m.clamp8(v) != sorted([v, -128, 127])[1]:
            fail(f"fixed: clamp8({v})")
        for lo, hi, olo, ohi in ((0, 255, -128, 127), (-10, 90, 0, 15), (5, 6, 100, 0)):
            c = min(max(v, lo), hi)
            want = olo + math.floor(Fraction((c - lo) * (ohi - olo), hi - lo))
            if m.scale(v, lo, hi, olo, ohi) != want:
                fail(f"fixed: scale({v}, {lo}, {hi}, {olo}, {ohi}) != {want}")
    if m.to_fixed(-3, 5) != -3 * 32:
        fail("fixed: to_fixed")
    for frac in range(12):  # to_str is CPython's fixed-point format of the exact value
        for v in list(range(-4100, 4100, 13)) + [-32767, 32767, 1 << frac >> 1, 3 << frac >> 1]:
            for digits in range(5):
                want = f"{v / 2 ** frac:.{digits}f}"
                if m.to_str(v, frac, digits) != want:
                    fail(f"fixed: to_str({v}, {frac}, {digits}) != {want!r}")


def check_quant(m):
    for bits in range(2, 16):
        top = (1 << (bits - 1)) - 1
        for largest in list(range(0, 600)) + [32767]:
            s = m.shift_to_fit(largest, bits)
            if largest >> s > top or (s > 0 and largest >> (s - 1) <= top):
                fail(f"quant: shift_to_fit({largest}, {bits}) = {s} is not the smallest fitting shift")
        for w in range(-700, 700, 13):
            for s in range(0, 4):
                want = min(max(math.floor(Fraction(w, 1 << s)), -top - 1), top)
                if m.quantize(w, s, bits) != want:
                    fail(f"quant: quantize({w}, {s}, {bits}) != {want}")
    for a in range(-8, 8):
        for b in range(-8, 8):
            byte = m.pack4(a, b)
            if not 0 <= byte <= 255 or (m.unpack4(byte, 0), m.unpack4(byte, 1)) != (a, b):
                fail(f"quant: pack4/unpack4 of ({a}, {b})")
    book = [-90, -30, 0, 30, 90]
    for w in range(-200, 200):
        best = min(range(len(book)), key=lambda i: (abs(book[i] - w), i))
        if m.nearest(book, w) != best:
            fail(f"quant: nearest({book}, {w})")


def check_perceptron(m):
    # Separable data with a margin: the perceptron convergence theorem bounds the mistakes.
    points = [(x, y) for x in range(-30, 31, 6) for y in range(-30, 31, 6) if abs(y - x) >= 6]
    w = [0, 0, 0]
    for _ in range(50):
        mistakes = 0
        for x, y in points:
            target = 1 if y > x else 0
            mistakes += m.train_step(w, [x, y], target, 1) != target
        if mistakes == 0:
            break
    else:
        fail("perceptron: did not separate separable data in 50 epochs")
    for x, y in points:
        if m.predict(w, [x, y]) != (1 if w[2] + w[0] * x + w[1] * y >= 0 else 0):
            fail("perceptron: predict disagrees with its formula")
        if m.predict(w, [x, y]) != (1 if y > x else 0):
            fail("perceptron: a training point is misclassified after convergence")
    if not all(-128 <= v <= 127 for v in w):
        fail(f"perceptron: weights {w} left the signed byte range")


def check__kilopy_text(m):
    """int_base, strip_chars, the bounded methods' functions (find_from ...), replace_text and
    replace_count against CPython's int(s, base), strip, find (rfind, count, index, rindex,
    startswith, endswith, list.index) and replace (results and ValueError texts), over short
    texts of the characters that matter."""
    def outcome(f, *args):
        try:
            return f(*args)
        except ValueError as e:
            return "ValueError: " + str(e)
    chars = "019afzAZxXoObB_-+ \tg"
    texts = [""] + list(chars) + [a + b for a in chars for b in chars] + [a + b + c for a in chars for b in "0xb_1" for c in chars]
    for s in texts:
        for base in (0, 2, 8, 10, 16, 36, 1, 37):
            if outcome(m.int_base, s, base) != outcome(int, s, base):
                fail(f"_kilopy_text: int_base({s!r}, {base}) gives {outcome(m.int_base, s, base)!r}, "
                     f"int() {outcome(int, s, base)!r}")
    for s in ("", "..a,b..", "aaa", "xyx", "éaé"):
        for c in ("", ".", "ax", "é", "abcxyz."):
            if (m.strip_chars(s, c, 3), m.strip_chars(s, c, 1), m.strip_chars(s, c, 2)) != (s.strip(c), s.lstrip(c), s.rstrip(c)):
                fail(f"_kilopy_text: strip_chars({s!r}, {c!r}) differs from CPython's strip")
    bounded = [(m.find_from, str.find), (m.rfind_from, str.rfind), (m.count_from, str.count), (m.index_from, str.index),
               (m.rindex_from, str.rindex), (m.starts_from, str.startswith), (m.ends_from, str.endswith)]
    for s in ("", "a", "abcab", "aaaa", "xaxa"):
        for sub in ("", "a", "ab", "ca", "aa", "xax", "abcabc"):
            for k in range(-8, 9):
                for e in list(range(-8, 9)) + [None]:
                    for mine, theirs in bounded:
                        if e is None:  # end left out
                            if outcome(mine, s, sub, k) != outcome(theirs, s, sub, k):
                                fail(f"_kilopy_text: {mine.__name__}({s!r}, {sub!r}, {k}) differs from CPython's {theirs.__name__}")
                            continue
                        if outcome(mine, s, sub, k, e) != outcome(theirs, s, sub, k, e):
                            fail(f"_kilopy_text: {mine.__name__}({s!r}, {sub!r}, {k}, {e}) differs from CPython's {theirs.__name__}")
    for xs in ([], [1], [1, 2, 1, 3]):
        for v in (1, 2, 3):
            for k in range(-6, 7):
                for e in list(range(-6, 7)):
                    if outcome(m.index_from, xs, v, k, e) != outcome(list.index, xs, v, k, e) or \
                            outcome(m.index_from, xs, v, k) != outcome(list.index, xs, v, k):
                        fail(f"_kilopy_text: index_from({xs}, {v}, {k}, {e}) differs from CPython's list.index")
    for s in ("", "a", "abcab", "aaaa", "éaé"):
        for old in ("", "a", "ab", "aa", "é"):
            for new in ("", "-", "xyz"):
                if m.replace_text(s, old, new) != s.replace(old, new):
                    fail(f"_kilopy_text: replace_text({s!r}, {old!r}, {new!r}) differs from CPython's replace")
                for k in range(-2, 7):
                    if m.replace_count(s, old, new, k) != s.replace(old, new, k):
                        fail(f"_kilopy_text: replace_count({s!r}, {old!r}, {new!r}, {k}) differs from CPython's replace")


def check__kilopy_dict(m):
    """get_or_none and pop_or_none against CPython's d.get(k) and d.pop(k, None): results and
    the dicts left behind."""
    for keys in ([], [1], [1, 2, 5]):
        for k in range(-1, 7):
            mine, theirs = {v: v * 10 for v in keys}, {v: v * 10 for v in keys}
            if m.get_or_none(mine, k) != theirs.get(k) or m.pop_or_none(mine, k) != theirs.pop(k, None) or mine != theirs:
                fail(f"_kilopy_dict: get_or_none/pop_or_none of key {k} in {keys} differ from CPython's get and pop")


def check_math(m):
    """Against CPython's own math (the oracle for import math), results and ValueError texts."""
    def same(name, *args):
        def outcome(f):
            try:
                return f(*args)
            except ValueError as e:
                return "ValueError: " + str(e)
        mine, theirs = outcome(getattr(m, name)), outcome(getattr(math, name))
        if mine != theirs:
            fail(f"math: {name}{args} gives {mine!r}, CPython's math {theirs!r}")
    for n in list(range(-3, 5000)) + [2**15 - 1, 2**31 - 1, 10**9, 2**31 - 2]:
        same("isqrt", n)
    for a in range(-30, 31):
        for b in range(-30, 31):
            same("gcd", a, b)
            same("lcm", a, b)
    for n in range(-2, 40):
        same("factorial", n)
        same("perm", n)
        for k in range(-2, 42):
            same("comb", n, k)
            same("perm", n, k)
    same("gcd")
    same("lcm")
    same("gcd", 12)
    for args in ((12, 18, 30), (-4, 6, 0), (0, 0, 0), (7, 0, 21, -14), (3, 5, 7, 2), (-2, 4, 8, 16), (0, 5, 0, 0)):
        same("gcd", *args)
        same("lcm", *args)
    for xs in ([], [3], [3, -4, 5], list(range(1, 10))):
        same("prod", xs)
        if m.prod(xs, start=-2) != math.prod(xs, start=-2):
            fail(f"math: prod({xs}, start=-2)")


def check_random(m):
    for s in (0, 1, -1, 32766, 32767, 99999):
        m.seed(s)
        assert 0 < m.prng.state < 1 << 15
        m.seed(s + 32767)
        first = m.getrandbits(15)
        m.seed(s)
        if m.getrandbits(15) != first:
            fail(f"random: seed({s}) and seed({s} + 32767) start different sequences")
    m.seed(5)
    for start, stop, step in ((0, 1, 1), (0, 10, 1), (-7, 8, 3), (20, 0, -3), (5, -6, -5), (0, 1000, 7)):
        want = range(start, stop, step)
        draws = [m.randrange(start, stop, step) for _ in range(2000)]
        if not all(d in want for d in draws):
            fail(f"random: randrange({start}, {stop}, {step}) left the range")
        if len(want) <= 10 and set(draws) != set(want):
            fail(f"random: randrange({start}, {stop}, {step}) missed a value in 2000 draws")
    if {m.randrange(6) for _ in range(500)} != set(range(6)):
        fail("random: randrange(6) is not range(6)")
    if {m.randint(-2, 2) for _ in range(500)} != set(range(-2, 3)):
        fail("random: randint(-2, 2) is not -2..2")
    # An empty range or sequence: CPython's own random's exception and message.
    cases = [("randrange", bad) for bad in ((0,), (-3,), (5, 5, 1), (5, 5), (7, 2), (0, 5, -1), (0, 5, 0), (5, 0, 2))]
    cases += [("randint", (3, 1)), ("randint", (0, -4)), ("choice", ([],)), ("sample", ([1, 2], 3)), ("getrandbits", (-1,))]
    for name, args in cases:
        raised = []  # stdlib_micro's, then CPython's: (exception, message), or None
        for module in (m, cpython_random):
            try:
                getattr(module, name)(*args)
                raised.append(None)
            except (ValueError, IndexError) as e:
                raised.append((type(e).__name__, str(e)))
        if raised[0] is None or raised[0] != raised[1]:
            fail(f"random: {name}{args} raised {raised[0]}, CPython's random {raised[1]}")
    xs = list(range(12))
    m.shuffle(xs)
    if sorted(xs) != list(range(12)) or xs == list(range(12)):
        fail(f"random: shuffle gave {xs}")
    if {m.choice([4, 5, 6]) for _ in range(200)} != {4, 5, 6}:
        fail("random: choice([4, 5, 6]) missed an element")


def check__kilopy_bisect(m):
    """Against CPython's own bisect (found by path, as heapq's): every result and list after
    each insort, over lists with ties and every lo and hi."""
    spec = importlib.util.spec_from_file_location("cpython_bisect", os.path.join(os.path.dirname(os.__file__), "bisect.py"))
    theirs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(theirs)
    for n in range(7):
        xs = sorted((k * 5) % 4 for k in range(n))
        for x in range(-1, 5):
            for lo in range(0, n + 1):
                for hi in [None] + list(range(lo, n + 1)):
                    for f in ("bisect_left", "bisect_right", "bisect"):
                        if getattr(m, f)(xs, x, lo, hi) != getattr(theirs, f)(xs, x, lo, hi):
                            fail(f"bisect: {f}({xs}, {x}, {lo}, {hi}) differs from CPython's")
                    for f in ("insort_left", "insort_right", "insort"):
                        mine, want = list(xs), list(xs)
                        getattr(m, f)(mine, x, lo, hi)
                        getattr(theirs, f)(want, x, lo, hi)
                        if mine != want:
                            fail(f"bisect: {f}({xs}, {x}, {lo}, {hi}) gives {mine}, CPython's {want}")


def check__kilopy_heapq(m):
    """Against CPython's own heapq (found by path: stdlib_micro/ is first on sys.path here): the
    heap list after every call, every result, the IndexError texts; ints and tuples, with ties."""
    spec = importlib.util.spec_from_file_location("cpython_heapq", os.path.join(os.path.dirname(os.__file__), "heapq.py"))
    theirs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(theirs)

    def outcome(module, name, heap, *args):
        try:
            return getattr(module, name)(heap, *args), heap
        except IndexError as e:
            return "IndexError: " + str(e), heap

    state = 12345
    for trial in range(400):
        mine_heap, their_heap = [], []
        for step in range(40):
            state = (state * 1103515245 + 12345) % 2**31
            value = (state >> 8) % 7 if trial % 2 else ((state >> 8) % 5, (state >> 12) % 3)
            name = ["heappush", "heappush", "heappop", "heappushpop", "heapreplace"][(state >> 20) % 5]
            args = () if name == "heappop" else (value,)
            mine, want = outcome(m, name, mine_heap, *args), outcome(theirs, name, their_heap, *args)
            if mine != want:
                fail(f"heapq: {name}{args} gives {mine!r}, CPython's heapq {want!r}")
        xs = [((state >> k) % 9) for k in range(trial % 30)]
        ys = list(xs)
        m.heapify(xs)
        theirs.heapify(ys)
        if xs != ys:
            fail(f"heapq: heapify gives {xs}, CPython's heapq {ys}")
        for n in range(-1, len(xs) + 2):
            for f in ("nsmallest", "nlargest"):
                if getattr(m, f)(n, xs) != getattr(theirs, f)(n, xs):
                    fail(f"heapq: {f}({n}, {xs}) gives {getattr(m, f)(n, xs)}")


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    folder = os.path.join(a.source, "stdlib_micro")
    sys.path.insert(0, folder)
    os.environ["PYTHONPATH"] = os.path.abspath(folder)  # the drivers under python3 import modules (random imports prng)
    # micro.py stands in for kilopy's built-in micro module under CPython: the programs that
    # use it (tests/programs/micro_*.py, samples/streaming.py) test it both ways.
    modules = sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py") and f != "micro.py")
    missing = set(modules) - set(DRIVERS)
    if missing:
        fail(f"no driver or checks for stdlib_micro/{sorted(missing)}: add them to {__file__}")
    for name in modules:
        # By path: CPython's own random is already imported (tempfile uses it).
        spec = importlib.util.spec_from_file_location("micro_" + name, os.path.join(folder, name + ".py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        globals()["check_" + name](module)
        print(f"ok: stdlib_micro/{name}.py under CPython")
        with open(os.path.join(folder, name + ".py")) as f:
            source = f.read()
        with tempfile.TemporaryDirectory() as tmp:
            prog = os.path.join(tmp, f"{name}_driver.py")
            with open(prog, "w") as f:
                f.write(source + "\n" + DRIVERS[name])
            code, want, err = run([sys.executable, prog], tmp)
            if code != 0:
                fail(f"python3 failed on the {name} driver:\n{err}")
            for bits in (16, 32):
                code, got, err = run([a.kilopy, "run", "--int-bits", str(bits), prog], tmp)
                if code != 0 or got != want:
                    fail(f"kilopy at {bits} bits differs from python3 on stdlib_micro/{name}.py "
                         f"with its driver (exit {code})\n--- python3\n{want}--- kilopy\n{got}{err}")
        print(f"ok: stdlib_micro/{name}.py under kilopy (16 and 32 bits) matches python3")


if __name__ == "__main__":
    main()
