#!/usr/bin/env python3
"""bytecode/runtime.h's Unicode facts against this python3's unicodedata: every code point of
KP_PRINTABLE_RANGES is one CPython's repr() leaves as it is (str.isprintable()) and none is
whitespace (so int() and split() meet no non-ASCII whitespace), and KP_DECIMAL_ZEROS lists
exactly the runs of decimal digits among them (what int() reads). Fails naming the first
code point that breaks a rule."""
import argparse
import pathlib
import re
import sys
import unicodedata


def macro(text, name):
    m = re.search(r"#define " + name + r"\(X\)((?:.*\\\n)*.*)", text)
    return m.group(1).replace("\\\n", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--source", required=True, help="the project's root")
    a = ap.parse_args()
    text = (pathlib.Path(a.source) / "bytecode" / "runtime.h").read_text(encoding="utf-8")
    ranges = [(int(lo, 16), int(hi, 16)) for lo, hi in re.findall(r"X\((0x[0-9A-Fa-f]+), (0x[0-9A-Fa-f]+)\)",
                                                                    macro(text, "KP_PRINTABLE_RANGES"))]
    zeros = [int(z, 16) for z in re.findall(r"X\((0x[0-9A-Fa-f]+)\)", macro(text, "KP_DECIMAL_ZEROS"))]
    failures = []
    if not ranges:
        failures.append("no KP_PRINTABLE_RANGES found")
    digits = set()
    for lo, hi in ranges:
        for c in range(lo, hi + 1):
            ch = chr(c)
            if not ch.isprintable():
                failures.append(f"U+{c:04X} in KP_PRINTABLE_RANGES is not printable")
            if ch.isspace():
                failures.append(f"U+{c:04X} in KP_PRINTABLE_RANGES is whitespace")
            if unicodedata.decimal(ch, None) is not None:
                digits.add(c)
    listed = {z + i for z in zeros for i in range(10)}
    for c in sorted(digits ^ listed):
        failures.append(f"U+{c:04X}: " + ("a decimal digit not in KP_DECIMAL_ZEROS" if c in digits
                                          else "in KP_DECIMAL_ZEROS but no decimal digit of the printable ranges"))
    for z in zeros:
        if any(unicodedata.decimal(chr(z + i), None) != i for i in range(10)):
            failures.append(f"U+{z:04X}: no run of the digits 0 to 9")
    for f in failures[:20]:
        print(f"bytecode/runtime.h: {f}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print(f"ok: {len(ranges)} printable ranges, {len(zeros)} runs of decimal digits (Unicode {unicodedata.unidata_version})")


if __name__ == "__main__":
    main()
