#!/usr/bin/env python3
"""A list grown by append reaches at least 90% of the length `[0] * n` reaches in the same arena
(issue 16, "Fragmentation"; docs/memory.md, "Growth"), at 16 and 32 bits, and its MemoryError
states live and free bytes that add up to the arena.

  check_growth.py --kilopy K

Each case is a program run in a 1024-byte arena: the append loop prints its length after each
append until the MemoryError; `[0] * n` (in the same surroundings) is bisected for the largest n
that runs. Both numbers come from the VM; none is written here.
"""
import argparse
import re
import subprocess
import sys
import tempfile

ARENA = 1024

# name: (the surroundings, indented as the loop's body needs; the loop's temporaries)
CASES = {
    "module": ("", ""),
    "others alive": ("a = [1, 2]\nb = [3]\nc = [[4], [5, 6]]\n", ""),
    "in a function": ("", "def"),
}


def program(case, grown):
    """The case's program: `grown` is the statement(s) building xs (using n)."""
    before, shape = CASES[case]
    body = before + grown
    if shape == "def":
        return "def fill(n):\n" + "".join("    " + line + "\n" for line in body.splitlines()) + "\nfill(0)\n"
    return "n = 0\n" + body


APPEND = "xs = []\nwhile True:\n    xs.append(n)\n    n += 1\n    print(n)\n"


def run(kilopy, bits, source, tmp):
    path = f"{tmp}/p.py"
    with open(path, "w") as f:
        f.write(source)
    return subprocess.run([kilopy, "run", path, "--int-bits", str(bits), "--arena", str(ARENA)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)


def largest_fill(kilopy, bits, case, tmp):
    """The largest n for which `xs = [0] * n` runs (bisected)."""
    lo, hi = 0, ARENA  # lo runs, hi does not (an element takes at least 2 bytes)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        p = run(kilopy, bits, program(case, f"xs = [0] * {mid}\nprint(len(xs))\n"), tmp)
        if p.returncode == 0:
            lo = mid
        elif "MemoryError" in p.stderr:
            hi = mid
        else:
            sys.exit(f"[0] * {mid} ({case}, {bits} bits): unexpected failure\n{p.stderr}")
    return lo


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilopy", required=True)
    a = ap.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for bits in (16, 32):
            for case in CASES:
                p = run(a.kilopy, bits, program(case, APPEND), tmp)
                lines = p.stdout.split()
                grown = int(lines[-1]) if lines else 0
                filled = largest_fill(a.kilopy, bits, case, tmp)
                ratio = grown / filled
                ok = ratio >= 0.9
                m = re.search(r"the arena of (\d+) bytes holds (\d+) bytes of live objects and (\d+) bytes of "
                              r"bookkeeping, globals and frames; the other (\d+) bytes are free, at most (\d+) of them "
                              r"in one piece", p.stderr)
                adds_up = m is not None and int(m[2]) + int(m[3]) + int(m[4]) == int(m[1]) == ARENA and \
                    int(m[5]) <= int(m[4])
                # The live list holds at least its elements (2 or 4 bytes each, plus headers).
                adds_up = adds_up and int(m[2]) >= grown * bits // 8
                status = "ok:  " if ok and adds_up else "FAIL:"
                print(f"{status} {bits}-bit, {case}: append reaches {grown}, [0] * n reaches {filled}: "
                      f"{100 * ratio:.1f}% (>= 90%); MemoryError's bytes add up: {adds_up}")
                if not (ok and adds_up):
                    print("      " + p.stderr.strip().replace("\n", "\n      "))
                    failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
