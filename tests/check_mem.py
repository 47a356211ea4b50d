#!/usr/bin/env python3
"""`kilopy mem`: the static worst-case bound against measured peaks, and the report's format.

  check_mem.py --kilopy K --bounds FILE...   every program at both int widths: a proved bound is
                                             >= the measured peak; samples/perceptron*.py have a
                                             proved bound <= 2 x the peak; a program without one
                                             names each reason's place (rec_* ones: recursion)
  check_mem.py --kilopy K --cli --source DIR the report's layout, --show-output, .kbc input,
                                             run-time errors, stripped images
Peaks are measured by running the program; nothing here is a hand-written number.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_program import directives  # noqa: E402

from expectations import expect, failures, finish  # noqa: E402


def mem(kilopy, *args, cwd=None):
    p = subprocess.run([kilopy, "mem", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


def parse(out):
    """(measured peak, bound or None, reasons) from a report."""
    peak = re.search(r"^arena at the measured peak: (\d+) of (\d+) bytes", out, re.M)
    bound = re.search(r"^static worst-case bound: (\d+) bytes", out, re.M)
    reasons = []
    m = re.search(r"^static worst-case bound: none\n((?:  .*\n)*)", out, re.M)
    if m:
        reasons = [line.strip() for line in m.group(1).splitlines() if not line.startswith("  frames:")]
    return (int(peak.group(1)) if peak else None), (int(bound.group(1)) if bound else None), reasons


def check_bounds(kilopy, paths):
    for path in paths:
        name = os.path.basename(path)
        d = directives(path)
        for bits in (32, 16):
            args = [path, "--int-bits", str(bits)] + (["--heap", d["heap"]] if "heap" in d else [])
            for key, option in (("path", "--path"), ("input", "--input")):  # as tests/check_program.py
                if key in d:
                    args += [option, os.path.join(os.path.dirname(path), d[key])]
            code, out, err = mem(kilopy, *args)
            what = f"{name} at {bits} bits"
            if code == 2 and f"overflow{bits}" in d:
                expect(f"{what}: does not compile at this width (as its directive says)", "error:" in err, err)
                continue
            peak, bound, reasons = parse(out)
            if code not in (0, 1) or peak is None:
                expect(f"{what}: mem runs and reports a peak", False, f"exit {code}\n{out}{err}")
                continue
            if bound is not None:
                expect(f"{what}: bound {bound} >= peak {peak}", bound >= peak, out)
                if name.startswith("perceptron"):
                    expect(f"{what}: bound {bound} <= 2 x peak {peak}", bound <= 2 * peak, out)
                continue
            named = reasons and all(re.search(r"(line|code offset) \d+", r) for r in reasons)
            expect(f"{what}: no bound, each reason names its place: {'; '.join(reasons)}", named, out)
            if name.startswith("perceptron"):
                expect(f"{what}: the sample has a proved bound", False, out)
            if name.startswith("rec_"):
                expect(f"{what}: the reason is the recursion", any(r.startswith("recursion in ") for r in reasons), out)


def check_cli(kilopy, source):
    sample = os.path.join(source, "samples", "perceptron_array.py")
    code, out, err = mem(kilopy, sample)
    lines = out.splitlines()
    expect("mem exits 0 and writes nothing to stderr", code == 0 and err == "", err)
    expect("the first line names the program, the int width and the arena",
           lines and lines[0] == f"kilopy mem: {sample} (32-bit ints, arena 1024 bytes)", out)
    expect("the image line gives the stripped bytes as code + the rest",
           re.search(r"^image \(flash, stripped\): (\d+) bytes = (\d+) code \+ (\d+) header, tables and strings$",
                     out, re.M) is not None, out)
    bars = [line for line in lines if line.startswith("  |")]
    expect("two bars of 64 cells: the peak and the bound",
           len(bars) == 2 and all(re.fullmatch(r"  \|B+G+F+\.+H+\|", b) and len(b) == 68 for b in bars), out)
    rows = {m.group(1): int(m.group(2)) for m in re.finditer(r"^  (bookkeeping|globals|frames|free|heap) +(\d+)",
                                                            out, re.M)}
    peak, bound, _ = parse(out)
    expect("the table's parts add up to the arena, the peak is all but the free part",
           len(rows) == 5 and sum(rows.values()) == 1024 and peak == 1024 - rows["free"], out)
    p = subprocess.run([kilopy, "run", sample, "--stats"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    m = re.search(r"arena peak: (\d+) of \d+ bytes = (\d+) bookkeeping \+ (\d+) globals \+ (\d+) frames \+ (\d+) heap",
                  p.stderr)
    expect("the parts are the ones `run --stats` reports",
           m is not None and [int(x) for x in m.groups()] ==
           [peak, rows["bookkeeping"], rows["globals"], rows["frames"], rows["heap"]], p.stderr + out)
    expect("the bound line, its parts and the deepest calls",
           bound is not None and re.search(r"^  = \d+ bookkeeping \+ \d+ globals \+ \d+ frames \+ \d+ heap$", out, re.M)
           and re.search(r"^  deepest calls: <module> -> main -> ", out, re.M), out)
    expect("the program's output is suppressed", "accuracy" not in out, out)
    code, shown, _ = mem(kilopy, sample, "--show-output")
    expect("--show-output prints the program's output before the map",
           code == 0 and shown.startswith(p.stdout) and shown[len(p.stdout):] == out, shown)
    code, out16, _ = mem(kilopy, sample, "--int-bits", "16", "--heap", "512")
    expect("--int-bits and --heap reach the report", "(16-bit ints, arena 512 bytes)" in out16, out16)

    with tempfile.TemporaryDirectory() as tmp:
        def write(name, text):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(text)
            return path

        rec = write("rec.py", "def f(n):\n    return 0 if n == 0 else f(n - 1)\n\nprint(f(5))\n")
        code, out, _ = mem(kilopy, rec)
        expect("recursion: no bound, the reason with the line, the heap still proved",
               code == 0 and "static worst-case bound: none\n  recursion in f (line 2)\n"
               "  frames: not bounded; heap: 0 bytes (proved)\n" in out, out)
        kbc = os.path.join(tmp, "p.kbc")
        subprocess.run([kilopy, "build", sample, "-o", kbc], check=True)
        code, from_image, _ = mem(kilopy, kbc)
        expect("a .kbc gives the same map and bound as its source",
               code == 0 and from_image.splitlines()[1:] == mem(kilopy, sample)[1].splitlines()[1:], from_image)
        loop = write("loop.py", "w = []\nfor i in range(3):\n    w.append(i)\nprint(w)\n")
        stripped = os.path.join(tmp, "s.kbc")
        subprocess.run([kilopy, "build", loop, "-o", stripped, "--strip"], check=True)
        code, out, _ = mem(kilopy, stripped)
        expect("a stripped image names code offsets", code == 0 and
               re.search(r"^  append in a loop at code offset \d+$", out, re.M), out)
        bad = write("bad.py", "w = [1, 2]\nprint(w[5])\n")
        code, out, err = mem(kilopy, bad)
        peak, bound, _ = parse(out)
        expect("a run-time error: exit 1, the traceback on stderr, the map and the bound still printed",
               code == 1 and err.endswith("IndexError: list index out of range\n") and peak and bound, out + err)
        big = write("big.py", "w = [0] * 300\nprint(len(w))\n")
        code, out, err = mem(kilopy, big)
        expect("a bound above the arena says a run may stop with MemoryError",
               code == 1 and "MemoryError" in err and "the bound exceeds the 1024-byte arena" in out, out + err)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--bounds", nargs="*", default=[])
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--source")
    a = ap.parse_args()
    kilopy = os.path.abspath(a.kilopy)
    if a.bounds:
        check_bounds(kilopy, a.bounds)
    if a.cli:
        check_cli(kilopy, a.source)
    finish()


if __name__ == "__main__":
    main()
