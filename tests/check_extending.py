#!/usr/bin/env python3
"""docs/extending.md as a test: its worked examples are applied to a scratch copy of the tree,
which is built, and the programs the guide tries are run there against python3.

The guide marks what to apply with a comment before each fenced code block:
  <!-- apply EXAMPLE: PATH append -->              the block is appended to PATH
  <!-- apply EXAMPLE: PATH before: TEXT -->        inserted before the line that holds TEXT
  <!-- apply EXAMPLE: PATH after: TEXT -->         inserted after the line that holds TEXT
  <!-- try EXAMPLE: NAME.py -->                    a program, run by tests/check_program.py
                                                    (CPython is the oracle) at both widths
  <!-- files EXAMPLE: N -->                        the example touches at most N code files
  <!-- emits EXAMPLE: OPCODE -->                   `kilopy dis` of each of its programs lists OPCODE
TEXT must occur exactly once in PATH: an anchor that moved or vanished fails the test, so the
guide cannot describe code that is no longer there.

  check_extending.py --source SRC --work DIR [--jobs N]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

DIRECTIVE = re.compile(r"<!--\s*(apply|try|files|emits)\s+(\w+):\s*(.*?)\s*-->")
FENCE = re.compile(r"^```")


def fail(message):
    print(f"check_extending: {message}")
    sys.exit(1)


def parse(guide):
    """(kind, example, argument, block text) for every directive, in order."""
    lines = open(guide, encoding="utf-8").read().split("\n")
    found = []
    for i, line in enumerate(lines):
        m = DIRECTIVE.search(line)
        if not m:
            continue
        kind, example, arg = m.groups()
        if kind in ("files", "emits"):
            found.append((kind, example, arg, None))
            continue
        j = i + 1
        while j < len(lines) and not FENCE.match(lines[j]):
            j += 1
        k = j + 1
        while k < len(lines) and not FENCE.match(lines[k]):
            k += 1
        if k >= len(lines):
            fail(f"{guide}:{i + 1}: no fenced code block after the directive")
        found.append((kind, example, arg, "\n".join(lines[j + 1:k]) + "\n"))
    return found


def apply(root, arg, block):
    m = re.match(r"(\S+)\s+(append|before:|after:)\s*(.*)$", arg)
    if not m:
        fail(f"cannot read the directive 'apply: {arg}'")
    path, how, anchor = m.groups()
    full = os.path.join(root, path)
    if not os.path.isfile(full):
        fail(f"{path} does not exist (the guide names a file the tree no longer has)")
    text = open(full, encoding="utf-8").read()
    if how == "append":
        text = text + ("" if text.endswith("\n") else "\n") + block
    else:
        lines = text.split("\n")
        at = [i for i, line in enumerate(lines) if anchor in line]
        if len(at) != 1:
            fail(f"{path}: the anchor {anchor!r} occurs {len(at)} times, not once: update docs/extending.md")
        i = at[0] if how == "before:" else at[0] + 1
        lines[i:i] = block.rstrip("\n").split("\n")
        text = "\n".join(lines)
    open(full, "w", encoding="utf-8").write(text)
    return path


def copy_tree(source, dest):
    if os.path.exists(dest):
        shutil.rmtree(dest)
    try:
        files = subprocess.run(["git", "-C", source, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        files = None
    if not files or files == [""]:
        shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".git", "build*"))
        return
    for f in filter(None, files):
        src = os.path.join(source, f)
        if not os.path.isfile(src):
            continue
        os.makedirs(os.path.dirname(os.path.join(dest, f)), exist_ok=True)
        shutil.copy2(src, os.path.join(dest, f))


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)
    if p.returncode != 0:
        fail(f"{' '.join(cmd)} exited with {p.returncode}:\n{p.stdout.decode(errors='replace')[-4000:]}")
    return p.stdout.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--jobs", default="2")
    a = ap.parse_args()
    directives = parse(os.path.join(a.source, "docs", "extending.md"))
    examples = sorted({d[1] for d in directives})
    if not any(d[0] == "apply" for d in directives) or not any(d[0] == "try" for d in directives):
        fail("docs/extending.md has no worked example to apply and try")
    tree = os.path.join(a.work, "tree")
    copy_tree(a.source, tree)
    touched, limits = {e: set() for e in examples}, {}
    for kind, example, arg, block in directives:
        if kind == "apply":
            touched[example].add(apply(tree, arg, block))
        elif kind == "files":
            limits[example] = int(arg)
    for example in examples:
        if example not in limits:
            fail(f"example {example!r} does not say how many code files it touches (<!-- files {example}: N -->)")
        print(f"{example}: touches {len(touched[example])} code files: {', '.join(sorted(touched[example]))}")
        if len(touched[example]) > limits[example]:
            fail(f"example {example!r} touches {len(touched[example])} code files, more than its {limits[example]}")
    build = os.path.join(tree, "build")
    # Unoptimised (-O0): what is checked is that the example builds and its programs agree with
    # python3, not their speed, and -O0 compiles the frontend about three times faster than -O3.
    # With clang-14 (tools/install-deps installs it for the fuzzers) when there is one: at -O0 it
    # compiles frontend/types.cpp in 3.5 s of CPU against g++'s 5.8.
    compilers = ["-DCMAKE_C_COMPILER=clang-14", "-DCMAKE_CXX_COMPILER=clang++-14"] if shutil.which("clang++-14") else []
    run(["cmake", "-S", tree, "-B", build, "-DCMAKE_BUILD_TYPE=Debug", "-DCMAKE_CXX_FLAGS_DEBUG=-O0",
         "-DCMAKE_C_FLAGS_DEBUG=-O0", "-DKILOPY_FUZZ=OFF"] + compilers)
    run(["cmake", "--build", build, "-j", a.jobs, "--target", "kilopy"])
    programs = 0
    emits = {}
    for kind, example, arg, block in directives:
        if kind == "emits":
            emits.setdefault(example, []).append(arg)
    for kind, example, arg, block in directives:
        if kind != "try":
            continue
        prog = os.path.join(a.work, arg)
        open(prog, "w", encoding="utf-8").write(block)
        listing = run([os.path.join(build, "kilopy"), "dis", prog])
        for opcode in emits.get(example, []):
            if not re.search(r"\b" + re.escape(opcode) + r"\b", listing):
                fail(f"{arg}: the compiler does not emit {opcode} for it (kilopy dis lists no {opcode})")
        for bits in ("32", "16"):
            out = run([sys.executable, os.path.join(tree, "tests", "check_program.py"), "--kilopy",
                       os.path.join(build, "kilopy"), "--bits", bits, prog])
            print(f"{example}: {arg} at {bits} bits: {out.strip().splitlines()[-1] if out.strip() else 'ok'}")
        programs += 1
    print(f"check_extending: {len(examples)} examples applied, {programs} programs agree with python3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
