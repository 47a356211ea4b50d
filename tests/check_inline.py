#!/usr/bin/env python3
"""The inliner (frontend/inline.cpp) really inlines, and only where it may.

  check_inline.py --kilopy K --source ROOT

  - shape: in samples/perceptron.py (16 and 32 bits) next_bit and clamp8 are gone, functions
    and calls; in tests/programs/func_inline_leaves.py the recursive depth() keeps its calls
    of clamp and low3 (a caller a recursion reaches is never inlined into);
  - constants: a wide constant's load that an inlined copy left in a loop moves to the
    function's entry (samples/perceptron.py: random_bits loads next_bit's 0x6000 before its
    loop, train_step clamp8's -128 once; tests/programs/func_constant_reuse.py: nested() and
    bits() load theirs before their loops, after_call() keeps its load after the CALL that
    overwrites the register, inside the loop, once per iteration);
  - tracebacks: a program whose inlined callee feeds an error in its caller stops with the
    frames (line, function) CPython reports: a ZeroDivisionError (both raise it), and an
    OverflowError at 16 bits, which CPython does not raise, on the line of the expression
    that overflows (found in the source) in the caller's frame.
Expected frames come from python3 or from the program's source; nothing is hand-written."""
import argparse
import os
import re
import subprocess
import sys

FRAME = re.compile(r'File "[^"]*", line (\d+), in (\S+)')
failures = []


def check(ok, what, detail=""):
    if not ok:
        failures.append(what + ("\n" + detail if detail else ""))


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)


def functions(listing):
    """function name -> its listing lines."""
    found, name = {}, None
    for line in listing.splitlines():
        m = re.match(r"function \d+ (\S+):", line)
        if m:
            name = m.group(1)
            found[name] = []
        elif name:
            found[name].append(line)
    return found


def loops_of(lines):
    """(first, last) listing indexes of each loop, from a backward jump's target to the jump
    (a FORLOOP's body included), outermost first."""
    pcs = [int(m.group(1)) if (m := re.match(r"\s*(\d+)\s", l)) else None for l in lines]
    spans = []
    for i, l in enumerate(lines):
        m = re.search(r"-> (\d+)", l)
        if m and pcs[i] is not None and int(m.group(1)) <= pcs[i]:
            spans.append((pcs.index(int(m.group(1))), i))
    return sorted(spans)


def loads(lines, value, first=0, last=None):
    """Listing indexes in [first, last] of loads of `value` (LOADI or LOADK)."""
    last = len(lines) - 1 if last is None else last
    return [i for i in range(first, last + 1)
            if re.search(r"\bLOADI\s+r\d+, " + re.escape(str(value)) + r"$", lines[i].rstrip())
            or re.search(r"\bLOADK\s+r\d+, k\d+ \(" + re.escape(str(value)) + r"\)", lines[i])]


def check_hoisted(lines, value, what):
    """A load of `value` sits before the outermost loop, and none in the innermost one."""
    loops = loops_of(lines)
    body = "\n".join(lines)
    check(loops != [], f"{what}: no loop", body)
    if loops:
        inner = max(loops)
        check(any(i < loops[0][0] for i in loads(lines, value)) and not loads(lines, value, *inner),
              f"{what}: {value} is not loaded before the loop instead of in it", body)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    a.kilopy = os.path.abspath(a.kilopy)
    programs = os.path.join(a.source, "tests", "programs")
    for bits in (16, 32):
        listing = run([a.kilopy, "dis", "--int-bits", str(bits), "samples/perceptron.py"], a.source).stdout
        fns = functions(listing)
        check("main" in fns and "random_bits" in fns, f"perceptron.py at {bits} bits: no listing", listing)
        for gone in ("next_bit", "clamp8"):
            check(gone not in fns and f"({gone})" not in listing, f"perceptron.py at {bits} bits still has {gone}", listing)
        check(not any("CALL" in l for l in fns.get("random_bits", [])), "random_bits still calls", listing)
        check_hoisted(fns.get("random_bits", []), 24576, f"perceptron.py at {bits} bits: random_bits")
        check(len(loads(fns.get("train_step", []), -128)) == 1, f"perceptron.py at {bits} bits: train_step does not load -128 once",
              "\n".join(fns.get("train_step", [])))
    for bits in (16, 32):
        fns = functions(run([a.kilopy, "dis", "--int-bits", str(bits), "func_constant_reuse.py"], programs).stdout)
        check_hoisted(fns.get("bits", []), 24576, f"func_constant_reuse.py at {bits} bits: bits()")
        check_hoisted(fns.get("nested", []), -100, f"func_constant_reuse.py at {bits} bits: nested()")
        after = fns.get("after_call", [])
        loop = (loops_of(after) or [(0, -1)])[0]
        found = loads(after, -100)
        call = [i for i, l in enumerate(after) if "CALL" in l]
        check(len(found) == 1 and call and loop[0] < call[0] < found[0] <= loop[1],
              f"func_constant_reuse.py at {bits} bits: after_call() must load -100 once, in the loop after its CALL",
              "\n".join(after))
    fns = functions(run([a.kilopy, "dis", "func_inline_leaves.py"], programs).stdout)
    depth = "\n".join(fns.get("depth", []))
    check("(clamp)" in depth and "(low3)" in depth, "the recursive depth() lost its calls", depth)
    check(not any("(low3)" in l for l in fns.get("<module>", [])), "the module body still calls low3")

    name = "err_zero_div_inlined.py"
    for bits in (16, 32):
        py = run([sys.executable, name], programs)
        kp = run([a.kilopy, "run", "--int-bits", str(bits), name], programs)
        check(kp.returncode == 1 and py.returncode == 1, f"{name}: exits {kp.returncode}, python3 {py.returncode}")
        check(FRAME.findall(kp.stderr) == FRAME.findall(py.stderr) and FRAME.findall(py.stderr),
              f"{name} at {bits} bits: frames differ", "--- python3\n" + py.stderr + "--- kilopy\n" + kp.stderr)
    name = "ovf16_inline_result.py"
    source = open(os.path.join(programs, name)).read().splitlines()
    line = next(i for i, s in enumerate(source, 1) if "top(v) + top(v)" in s)
    kp = run([a.kilopy, "run", "--int-bits", "16", name], programs)
    frames = FRAME.findall(kp.stderr)
    check("OverflowError" in kp.stderr and frames and frames[-1] == (str(line), "twice"),
          f"{name}: the overflow is not reported at line {line} in twice", kp.stderr)
    for f in failures:
        print("FAIL: " + f)
    if failures:
        sys.exit(1)
    print("ok: perceptron.py inlines next_bit and clamp8; constants load once; recursion keeps its calls; tracebacks match")


if __name__ == "__main__":
    main()
