#!/usr/bin/env python3
"""Differential testing at scale: generated programs under python3 and kilopy (both widths).

  run_batch.py --kilopy K --seed S --count N [--jobs J] [--keep DIR] [--bits 32,16] [--generator M]
               [--avr PART [--avr-every K] [--avr-arena A]]

Program i of a batch is M.generate(S * 1000003 + i), M a module of this folder: gen_programs
(the default: arithmetic, control flow, functions), list_ops (lists and arrays), objects (classes)
or strings (strs, formatting, exceptions). Each runs once under CPython
(its instrumented copy, see gen_programs.py) and under `kilopy run --int-bits W` for each
width W, and is compared as tests/check_program.py does: stdout byte for byte and the exit
status; when both stop with an error, the same Python exception with CPython's message. Where CPython's values leave
W bits (the instrumented copy marks the exact point in its output), kilopy must instead stop
with OverflowError having printed exactly what CPython printed before that point.
With --avr PART, every K-th program also runs on that AVR part in simavr (`kilopy run --target
PART`, its arena A bytes) at each width, and must print and stop exactly as the host VM does
with the same arena (`kilopy run --heap A`), which is itself checked against CPython when the
program fits in A bytes (a program that needs more stops with the same MemoryError on both).
Prints one FAIL block per mismatch (the program is kept in --keep DIR) and a summary line
"N passed, M failed"; exits 1 if any failed.
"""
import argparse
import concurrent.futures
import importlib
import io
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

TIMEOUT = 60
MARK = {16: b"\0OVF16\0", 32: b"\0OVF32\0"}


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", "timeout"
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def exception_line(stderr):
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else ""


def same_exception(want, got):
    """The same exception, with CPython's message: kilopy's MemoryError and OverflowError explain
    its own limits instead, and its RecursionError adds the depth after CPython's text."""
    name = want.split(":")[0]
    if name != got.split(":")[0]:
        return False
    if name in ("MemoryError", "OverflowError"):
        return True
    return got.startswith(want) if name == "RecursionError" else got == want


def expected_at(py, bits):
    """(stdout, exit code, exception) kilopy must give at this width."""
    code, out, err = py
    cut = out.find(MARK[bits])
    if cut >= 0:
        prefix = out[:cut]
        for m in MARK.values():
            prefix = prefix.replace(m, b"")
        return prefix, 1, "OverflowError"
    for m in MARK.values():
        out = out.replace(m, b"")
    return out, code, exception_line(err) if code else ""


def mismatch(title, want_label, want_out, got_label, got_out, got_err):
    """A FAIL block's text: the title line, then the tails of both stdouts and of stderr."""
    return (f"{title}\n"
            f"--- {want_label} stdout ({len(want_out)} bytes)\n{want_out.decode('utf-8', 'replace')[-1500:]}\n"
            f"--- {got_label} stdout ({len(got_out)} bytes)\n{got_out.decode('utf-8', 'replace')[-1500:]}\n"
            f"--- {got_label} stderr\n{got_err[-1500:]}")


class Hang(BaseException):
    pass


def run_cpython(ins, name):
    """Runs the instrumented program in this (python3) process, as `python3 prog.py` would:
    (exit status, stdout bytes, the exception's last traceback line)."""
    def too_long(signum, frame):
        raise Hang()

    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    code, err = 0, ""
    signal.signal(signal.SIGALRM, too_long)
    signal.alarm(TIMEOUT)
    try:
        exec(compile(ins, name, "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
    except Hang:
        code, err = None, "timeout"
    except Exception as e:  # noqa: BLE001 -- any uncaught exception ends the program with status 1
        code, err = 1, f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    finally:
        signal.alarm(0)
        sys.stdout = saved
    return code, buffer.getvalue().encode("utf-8"), err


def check_one(kilopy, seed, widths, work, keep, python, generator, avr, avr_arena):
    src, ins = importlib.import_module(generator).generate(seed)
    name = f"gen_{seed}.py"
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write(src)
    problems = []
    if python:
        with open(os.path.join(work, f"gen_{seed}_ins.py"), "w") as f:
            f.write(ins)
        py = run([python, f"gen_{seed}_ins.py"], work)
        os.remove(os.path.join(work, f"gen_{seed}_ins.py"))
    else:
        py = run_cpython(ins, name)
    if py[0] is None or py[0] not in (0, 1):
        problems.append(f"python3 exit {py[0]}: {py[2][-500:]}")
    else:
        for bits in widths:
            want_out, want_code, want_exc = expected_at(py, bits)
            code, out, err = run([kilopy, "run", name, "--int-bits", str(bits), "--heap", "65535",
                                  "--max-steps", "200000000"], work)
            got_exc = exception_line(err) if code else ""
            if code != want_code or out != want_out or not same_exception(want_exc, got_exc):
                problems.append(mismatch(f"{bits} bits: expected exit {want_code} {want_exc or ''}, got exit {code} {got_exc}",
                                         "expected", want_out, "kilopy", out, err))
    if avr and not problems:
        for bits in widths:
            host = run([kilopy, "run", name, "--int-bits", str(bits), "--heap", str(avr_arena)], work)
            target = run([kilopy, "run", name, "--target", avr, "--int-bits", str(bits), "--heap", str(avr_arena)], work)
            if target[0] != host[0] or target[1] != host[1] or exception_line(target[2]).split(":")[0] != exception_line(host[2]).split(":")[0]:
                problems.append(mismatch(f"{bits} bits on {avr} (arena {avr_arena}): host VM exit {host[0]} "
                                         f"{exception_line(host[2])}, simavr exit {target[0]} {exception_line(target[2])}",
                                         "host", host[1], avr, target[1], target[2]))
    overflowed = tuple(bits for bits in (16, 32) if py[0] is not None and MARK[bits] in py[1])
    if problems and keep:
        os.makedirs(keep, exist_ok=True)
        for suffix, text in (("", src), ("_ins", ins)):
            with open(os.path.join(keep, f"gen_{seed}{suffix}.py"), "w") as f:
                f.write(text)
    os.remove(path)
    return seed, problems, overflowed, py[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--bits", default="32,16")
    ap.add_argument("--keep", default="", help="folder for the programs that fail")
    ap.add_argument("--python", default="",
                    help="run CPython as a separate process (this interpreter, e.g. python3); "
                         "default: exec each program in the worker process (the same CPython, faster)")
    ap.add_argument("--programs", default="", help="program seeds to run (comma-separated), e.g. from a FAIL line")
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    ap.add_argument("--generator", default="gen_programs", choices=["gen_programs", "list_ops", "objects", "strings", "containers"])
    ap.add_argument("--avr", default="", help="also run programs on this AVR part in simavr, e.g. atmega328p")
    ap.add_argument("--avr-every", type=int, default=1, help="with --avr: every K-th program only")
    ap.add_argument("--avr-arena", type=int, default=1024, help="with --avr: the firmware's (and the host run's) arena")
    a = ap.parse_args()
    kilopy = os.path.abspath(a.kilopy)
    widths = [int(b) for b in a.bits.split(",")]
    seeds = [a.seed * 1000003 + i for i in range(a.count)]
    if a.programs:
        seeds = [int(x) for x in a.programs.split(",")]
    passed = failed = 0
    stats = {"ovf16": 0, "ovf32": 0, "error_exit": 0}
    on_avr = len(range(0, len(seeds), a.avr_every)) if a.avr else 0
    start = time.time()
    with tempfile.TemporaryDirectory(prefix="kilopy-gen-") as work, \
            concurrent.futures.ProcessPoolExecutor(a.jobs) as pool:
        futures = [pool.submit(check_one, kilopy, s, widths, work, a.keep, a.python, a.generator,
                               a.avr if i % a.avr_every == 0 else "", a.avr_arena)
                   for i, s in enumerate(seeds)]
        for n, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            seed, problems, overflowed, py_code = fut.result()
            stats["ovf16"] += 16 in overflowed
            stats["ovf32"] += 32 in overflowed
            stats["error_exit"] += py_code == 1
            if problems:
                failed += 1
                print(f"FAIL: seed {seed} ({a.generator}.generate({seed}))")
                for p in problems:
                    print(p)
            else:
                passed += 1
            if not a.quiet and n % 1000 == 0:
                print(f"... {n}/{len(seeds)} ({time.time() - start:.0f} s)", flush=True)
    print(f"{passed} passed, {failed} failed ({stats['ovf16']} overflow 16 bits, {stats['ovf32']} overflow 32 bits, "
          f"{stats['error_exit']} end in a Python error; " + (f"{on_avr} also on {a.avr}; " if on_avr else "") +
          f"{time.time() - start:.0f} s)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
