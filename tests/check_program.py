#!/usr/bin/env python3
"""Differential check of one program: CPython is the oracle.

  check_program.py --kilopy K --bits 32 prog.py     run under python3 and `kilopy run`, compare
  check_program.py --kilopy K --expect-error prog.py `kilopy build` must fail with the diagnostic
                                                     given in the file's `# error:` header

Directives (comment lines at the top of a program):
  # kilopy: overflow16 / overflow32   at that width kilopy must stop with OverflowError, having
                                      printed a prefix of what CPython prints
  # kilopy: heap=N                    run with an N-byte arena
  # kilopy: path=DIR                  look for imported modules in DIR too (relative to the
                                      program; kilopy --path, python3 PYTHONPATH)
  # kilopy: input=FILE                micro.read()'s input (relative to the program): kilopy
                                      --input FILE, python3 reads it on stdin
  # error: LINE:COL: MESSAGE          (tests/errors) the expected diagnostic (FILE:LINE:COL: for
                                      one in an imported module, FILE as kilopy names it)
  # expect: TEXT                      a line the traceback must contain (tests/avr; in
                                      tests/programs, of the OverflowError run)
Both runs see stdlib_micro/ (python3 on PYTHONPATH, so its micro.py stands in for kilopy's
built-in micro module) and write micro.trace() rows to a file (kilopy --trace, python3
KILOPY_TRACE); the two trace files must be equal too.
Expected output always comes from running python3; nothing here is hand-written.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

TIMEOUT = 120
STDLIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "stdlib_micro")


def directives(path):
    found = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*kilopy:\s*(.*)", line)
            if m:
                for word in m.group(1).split():
                    key, _, value = word.partition("=")
                    found[key] = value or True
            m = re.match(r"#\s*error:\s*(.*)", line)
            if m:
                found["error"] = m.group(1).rstrip("\n")
            m = re.match(r"#\s*expect:\s*(.*)", line)
            if m:
                found.setdefault("expect", []).append(m.group(1).strip())
    return found


def run(cmd, cwd, stdin=None, env=None):
    p = subprocess.run(cmd, cwd=cwd, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT, env=env)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def read_or_empty(path):
    return open(path, "rb").read() if os.path.exists(path) else b""


def fail(message, *details):
    print("FAIL: " + message)
    for d in details:
        print(d if isinstance(d, str) else d.decode("utf-8", "replace"))
    sys.exit(1)


def check_program(kilopy, bits, path):
    d = directives(path)
    folder, name = os.path.split(os.path.abspath(path))
    tmp = tempfile.TemporaryDirectory()
    py_trace, kp_trace = os.path.join(tmp.name, "py.csv"), os.path.join(tmp.name, "kp.csv")
    extra = [os.path.join(folder, d["path"])] if "path" in d else []
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([STDLIB] + extra), KILOPY_TRACE=py_trace)
    input_file = os.path.join(folder, d["input"]) if "input" in d else None
    with open(input_file or os.devnull, "rb") as stdin:
        py_code, py_out, py_err = run([sys.executable, name], folder, stdin, env)
    cmd = [kilopy, "run", name, "--int-bits", str(bits), "--trace", kp_trace]
    if "heap" in d:
        cmd += ["--heap", d["heap"]]
    for p in extra:
        cmd += ["--path", p]
    if input_file:
        cmd += ["--input", input_file]
    kp_code, kp_out, kp_err = run(cmd, folder)
    if kp_code < 0 or (kp_code > 2 and kp_code != py_code):  # above 2 only as the program's sys.exit(n)
        fail(f"kilopy crashed or was killed (exit {kp_code})", kp_err)
    if f"overflow{bits}" in d:
        if kp_code == 0 or "OverflowError" not in kp_err:
            fail(f"expected OverflowError at {bits} bits, got exit {kp_code}", kp_err, kp_out)
        if not py_out.startswith(kp_out):
            fail("kilopy printed something CPython did not print before its OverflowError",
                 "--- python3", py_out, "--- kilopy", kp_out)
        for want in d.get("expect", []):
            if want not in kp_err:
                fail(f"the traceback lacks the `# expect:` line {want!r}", kp_err)
        print(f"ok: OverflowError at {bits} bits after {len(kp_out)} matching bytes")
        return
    if kp_code == 2 and ": error: " in kp_err:  # not the program's exit(2): kilopy refused it
        fail(f"kilopy cannot compile it at {bits} bits", kp_err)
    if kp_out != py_out or kp_code != py_code:
        fail(f"differs from python3 at {bits} bits (exit python3 {py_code}, kilopy {kp_code})",
             "--- python3 stdout", py_out, "--- kilopy stdout", kp_out, "--- kilopy stderr", kp_err,
             "--- python3 stderr", py_err)
    if read_or_empty(kp_trace) != read_or_empty(py_trace):
        fail(f"the micro.trace() rows differ at {bits} bits", "--- python3", read_or_empty(py_trace),
             "--- kilopy", read_or_empty(kp_trace))
    if kp_code != 0:
        # Both stopped with an error: it must be the same Python exception, with CPython's
        # message (kilopy's MemoryError and OverflowError explain its own limits instead, and
        # its RecursionError adds the depth and the arena after CPython's text).
        py_last = py_err.strip().splitlines()[-1] if py_err.strip() else ""
        kp_last = kp_err.strip().splitlines()[-1] if kp_err.strip() else ""
        py_exc, kp_exc = py_last.split(":")[0], kp_last.split(":")[0]
        if py_exc != kp_exc:
            fail(f"python3 raised {py_exc!r} but kilopy raised {kp_exc!r}", kp_err)
        same = kp_last.startswith(py_last) if py_exc == "RecursionError" else kp_last == py_last
        if py_exc not in ("MemoryError", "OverflowError") and not same:
            fail("the exception's message differs", "--- python3", py_last, "--- kilopy", kp_last)
    print(f"ok: {len(py_out)} bytes of output and exit {py_code} match at {bits} bits")


def check_error(kilopy, path):
    d = directives(path)
    if "error" not in d:
        fail(f"{path} has no '# error: LINE:COL: MESSAGE' header")
    folder, name = os.path.split(os.path.abspath(path))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.kbc")
        extra = ["--path", d["path"]] if "path" in d else []
        code, _, err = run([kilopy, "build", name, "-o", out] + extra, folder)
        if os.path.exists(out) or os.path.exists(out + ".tmp"):
            fail("kilopy build wrote an output file although it failed")
    # "L:C: error: ..." is in the program itself; "FILE:L:C: error: ..." names a module's file.
    expected = d["error"] if not re.match(r"\d+:\d+:", d["error"]) else f"{name}:{d['error']}"
    first = err.splitlines()[0] if err else ""
    if code != 2 or first != expected:
        fail(f"expected exit 2 and the diagnostic\n  {expected}\ngot exit {code}:", err)
    lines = err.splitlines()
    if len(lines) < 3 or not lines[2].strip() == "^":
        fail("the diagnostic lacks the source line and caret", err)
    print("ok: " + first)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--bits", type=int, default=32)
    ap.add_argument("--expect-error", action="store_true")
    ap.add_argument("program")
    a = ap.parse_args()
    if a.expect_error:
        check_error(a.kilopy, a.program)
    else:
        check_program(a.kilopy, a.bits, a.program)


if __name__ == "__main__":
    main()
