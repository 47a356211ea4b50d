"""What the tools/gen_*.py scripts share: a header that a script writes, or with --check
compares with what it would write (ctest runs the check)."""
import argparse
import os
import sys


def write_or_check(script, doc, header, render, made_from):
    """script's main(): writes frontend/<header> (or the path given) from render(), or with
    --check exits non-zero if the file differs; made_from names what the text came from."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("out", nargs="?", default=os.path.join(os.path.dirname(__file__), "..", "frontend", header))
    a = ap.parse_args()
    text = render()
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{a.out} differs from tools/{script}'s output: rerun it")
        print(f"{a.out} is up to date ({made_from})")
        return
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
