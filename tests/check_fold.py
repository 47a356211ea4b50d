#!/usr/bin/env python3
"""`x % c` and `x // c` by a constant power of two c >= 2 compile to `x & (c - 1)` and
`x >> log2(c)` (frontend/fold.cpp), and by any other constant stay MOD and FLOORDIV.

  check_fold.py --kilopy K --source ROOT

At 16 and 32 bits, tests/programs/arith_mod_floordiv_pow2.py (whose output the program tests
compare with python3) divides by 2, 8, 128, 256, 1024 and 64 (a named constant), in
expressions, augmented assignments and loops: its listing holds MOD and FLOORDIV only for its
divisors -8 and 6, once each; tests/programs/ovf16_mod_pow2.py holds none."""
import argparse
import os
import re
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    programs = os.path.join(a.source, "tests", "programs")
    failures = []
    for bits in (16, 32):
        for name, allowed in (("arith_mod_floordiv_pow2.py", ["-8", "-8", "6", "6"]), ("ovf16_mod_pow2.py", [])):
            listing = subprocess.run([os.path.abspath(a.kilopy), "dis", "--int-bits", str(bits), name], cwd=programs,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120).stdout
            divisors = sorted(m.group(1) for m in re.finditer(r"\b(?:MOD|FLOORDIV)\s+r\d+, r\d+, (\S+)", listing))
            if "function" not in listing or divisors != sorted(allowed):
                failures.append(f"{name} at {bits} bits divides by {divisors}, expected {sorted(allowed)}\n{listing}")
    for f in failures:
        print("FAIL: " + f)
    if failures:
        sys.exit(1)
    print("ok: % and // by powers of two compile to & and >>; other divisors stay MOD and FLOORDIV")


if __name__ == "__main__":
    main()
