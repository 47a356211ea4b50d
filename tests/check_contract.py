#!/usr/bin/env python3
"""The instruction-set contract's two structural rules (docs/bytecode.md, docs/extending.md).
Fails, naming file and line, for every violation:

1. Layers: bytecode/ is the contract at the bottom; frontend/ and vm/ are peers over it and
   include neither each other nor targets/; targets/ sit on top.
2. One row per opcode: outside bytecode/opcodes.def every fact about an opcode is read from its
   row's columns. Product code outside vm/ (the VM's own handlers) compares no opcode with a
   name (`op == OP_ADD`), has no `case OP_...:` label, and reads no semantics text (`.doc`)
   except the table printer (bytecode/opcodes.cpp); no unit test reads a source file as text."""
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


OPCODE = r"OP_(?!COUNT\b)[A-Z][A-Z0-9_]*\b"
OPCODE_TESTS = [
    (re.compile(r"\bcase\s+" + OPCODE), "a case label names an opcode"),
    (re.compile(r"[=!]=\s*" + OPCODE), "compares an opcode by name"),
    (re.compile(r"\b" + OPCODE + r"\s*[=!]="), "compares an opcode by name"),
    (re.compile(r"(?:\.|->)doc\b"), "reads the semantics column"),
]
READS_DOC = OPCODE_TESTS[-1][1]
PRODUCT = ("bytecode", "frontend", "targets")
TABLE_PRINTER = pathlib.Path("bytecode/opcodes.cpp")
SOURCE_AS_TEXT = re.compile(r'"[^"]*/(?:vm|bytecode|frontend|targets)/[^"]*\.(?:cpp|h|def|re)"')


def opcode_facts(root):
    for folder in PRODUCT:
        for pattern in SOURCES:
            for path in sorted((root / folder).rglob(pattern)):
                rel = path.relative_to(root)
                if rel.name == "opcodes.def":
                    continue
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    code = line.split("//")[0]
                    for test, what in OPCODE_TESTS:
                        if test.search(code) and not (rel == TABLE_PRINTER and what == READS_DOC):
                            yield f"{rel}:{n}: {what}: {line.strip()} (read the row's columns instead: bytecode/opcode_info.h)"
    for path in sorted((root / "tests" / "unit").glob("*.cpp")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SOURCE_AS_TEXT.search(line.split("//")[0]):
                yield f"{path.relative_to(root)}:{n}: a unit test reads a source file as text: {line.strip()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--source", required=True, type=pathlib.Path)
    root = ap.parse_args().source
    failed = 0
    for name, check in (("layers", violations), ("opcode facts", opcode_facts)):
        found = list(check(root))
        for v in found:
            print(v)
        print(f"{name}: {len(found)} violation(s)")
        failed += len(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
