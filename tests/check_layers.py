#!/usr/bin/env python3
"""The folders' layering (README, docs/bytecode.md): bytecode/ is the contract at the bottom;
frontend/ and vm/ are peers over it and include neither each other nor targets/; targets/ sit
on top. Fails, naming file and line, for every #include that crosses a layer downward-up."""
import argparse
import pathlib
import re
import sys

# What each folder may include of the project's own folders (libraries such as llvm/ are free).
PROJECT = {"bytecode", "frontend", "vm", "targets"}
ALLOWED = {
    "bytecode": {"bytecode"},
    "frontend": {"bytecode", "frontend"},
    "vm": {"bytecode", "vm"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
SOURCES = ("*.h", "*.cpp", "*.c", "*.def", "*.re")


def violations(root):
    for folder, allowed in ALLOWED.items():
        for pattern in SOURCES:
            for path in sorted((root / folder).rglob(pattern)):
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    m = INCLUDE.match(line)
                    if not m or "/" not in m.group(1):
                        continue  # a sibling or a port header found on the include path (kp_target.h)
                    top = m.group(1).split("/")[0]
                    if top in PROJECT and top not in allowed:
                        yield f"{path.relative_to(root)}:{n}: {folder}/ includes {m.group(1)} " \
                              f"({folder}/ may include only {', '.join(sorted(allowed))}/)"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--source", required=True, type=pathlib.Path)
    found = list(violations(ap.parse_args().source))
    for v in found:
        print(v)
    print(f"layers: {len(found)} violation(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
