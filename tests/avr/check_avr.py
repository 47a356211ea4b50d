#!/usr/bin/env python3
"""Differential tests of the AVR target: programs built into ATmega firmware (`kilopy build
--target`, each with a VM specialised to it), run in simavr (`kilopy sim`), compared with the
host VM (`kilopy run`) given the same arena.

  check_avr.py --kilopy K --bits 16 [--mcu atmega168] [--arena 512] --workdir D prog.py...
  check_avr.py ... --samples samples/*.py          also: SRAM high-water <= the part's SRAM,
                                                   kilopy sim refuses another part, a failed
                                                   firmware build writes nothing, and the
                                                   firmware cache changes no byte
  check_avr.py ... --tracebacks tests/avr/*.py     each file's `# expect:` lines must appear in
                                                   the traceback of `kilopy run --target`

For each program: `kilopy build --target` must leave exactly the firmware's files (no objects, no
build folder; nothing at all when it fails), the ELF must name its part (kilopy sim is not told
it), and stdout, the exit status, the whole traceback with its message (kilopy-sim reads the
trailer's arena with the host's own function, bytecode/stop.h) and the `--stats` arena peak
with its split (bookkeeping, globals, frames, heap) must be equal.

A program is SKIPPED, never silently, when it does not fit the target:
  - it does not compile at this int width (a constant that does not fit: kilopy build exits 2);
  - it carries `# kilopy: heap=N` with N larger than the AVR arena;
  - its host run at its normal arena (heap=N or the default 1024) peaks above the AVR arena;
  - its firmware does not fit in the part's flash.
A `# kilopy: path=DIR` program is built and run with --path DIR, as on the host; a
`# kilopy: input=FILE` program reads FILE (beside it) on both: `kilopy run --input`, and
kilopy-sim --input into the UART.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from check_program import directives  # noqa: E402  (the same `# kilopy:` / `# expect:` headers)
SRAM = {"atmega168": 1024, "atmega328p": 2048}
DEFAULT_HOST_HEAP = 1024
MAX_CYCLES = 4_000_000_000  # ~2 minutes of simulation: far above any test program
TIMEOUT = 300
HOST_STATS = ("kilopy stats:", "arena peak:", "parts' own peaks:", "steps:")  # kilopy run --stats
FIRMWARE_FILES = sorted([".debug.kbc", ".elf", ".hex", ".kbc", ".map", ".vm.h"])


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def traceback_parts(err):
    """The File lines and the last line's exception name and message of a traceback."""
    lines = err.strip().splitlines()
    files = [l.strip() for l in lines if l.strip().startswith("File ")]
    last = lines[-1] if lines else ""
    name, _, message = last.partition(":")
    return files, name.strip(), message.strip()


def firmware_files(a, name):
    """What is in the workdir for this program: its files' suffixes, and any build folder."""
    return sorted(f[len(name):] if f.startswith(name + ".") else f
                  for f in os.listdir(a.workdir) if f.startswith((name + ".", "." + name + ".")))


def clear_firmware(a, name):
    for f in firmware_files(a, name):
        os.remove(os.path.join(a.workdir, name + f))


def input_stream(path, d):
    """micro.read()'s input: the file the `input=` directive names, else an empty stream (not
    the test runner's stdin)."""
    return os.path.join(os.path.dirname(os.path.abspath(path)), d["input"]) if "input" in d else os.devnull


def stat(err, key):
    m = re.search(r"^sim " + re.escape(key) + r": (\d+)", err, re.M)
    return int(m.group(1)) if m else None


class Result:
    def __init__(self, name, outcome, text):
        self.name, self.outcome, self.text = name, outcome, text


def path_arguments(prog, d):
    """kilopy's --path for a `# kilopy: path=DIR` program (DIR beside it)."""
    return ["--path", os.path.join(os.path.dirname(os.path.abspath(prog)), d["path"])] if "path" in d else []


def firmware_command(a, prog, elf, paths):
    return [a.kilopy, "build", "--target", a.mcu, "--int-bits", str(a.bits), "--arena", str(a.arena), "-o", elf, prog] + paths


def check(a, path):
    name = os.path.basename(path)[:-3]
    prog = os.path.abspath(path)
    d = directives(path)
    bits = str(a.bits)
    if "heap" in d and int(d["heap"]) > a.arena:
        return Result(name, "SKIP", f"needs heap={d['heap']} (the AVR arena is {a.arena} bytes)")
    paths = path_arguments(prog, d)
    stream = input_stream(path, d)
    host_code, host_out, host_err = run([a.kilopy, "run", prog, "--int-bits", bits, "--heap", str(a.arena),
                                         "--stats", "--input", stream] + paths)
    host_peak = re.search(r"^arena peak: .*$", host_err, re.M)
    host_err = "\n".join(l for l in host_err.splitlines() if not l.startswith(HOST_STATS)) + "\n"
    if host_code == 2 and f"does not fit in a {bits}-bit int" in host_err:
        return Result(name, "SKIP", f"does not compile at {bits}-bit ints: " +
                      host_err.splitlines()[0].split(": error: ")[-1])
    if host_code == 2 and host_err.strip():  # exit 2 with no message is the program's own exit(2)
        return Result(name, "FAIL", f"the host cannot run it (exit {host_code}):\n{host_err}")
    if host_code == 1 and ("MemoryError" in host_err or "RecursionError" in host_err):
        # Did it stop for lack of arena? Its run at its normal arena decides.
        heap = d.get("heap", str(DEFAULT_HOST_HEAP))
        _, _, err = run([a.kilopy, "run", prog, "--int-bits", bits, "--heap", heap, "--stats", "--input", stream] + paths)
        m = re.search(r"arena peak: (\d+)", err)
        peak = int(m.group(1)) if m else 0
        if peak > a.arena:
            return Result(name, "SKIP", f"its host run peaks at {peak} arena bytes (the AVR arena is {a.arena})")

    if a.tracebacks:  # in one step, as a user would: kilopy run --target builds and simulates
        sim_code, sim_out, sim_err = run([a.kilopy, "run", "--target", a.mcu, "--int-bits", bits, "--heap", str(a.arena),
                                          "--stats", "--input", stream, prog] + paths)
    else:
        elf = os.path.join(a.workdir, f"{name}.elf")
        clear_firmware(a, name)
        code, out, err = run(firmware_command(a, prog, elf, paths))
        left = firmware_files(a, name)
        if code != 0 and left:
            return Result(name, "FAIL", f"a failed firmware build left {left} behind:\n{err}")
        if code == 0 and left != FIRMWARE_FILES:
            return Result(name, "FAIL", f"kilopy build --target wrote {left}, not {FIRMWARE_FILES}")
        if code != 0:
            if "overflow" in err and ("region" in err or "will not fit" in err):
                return Result(name, "SKIP", f"its firmware does not fit in the {a.mcu}'s flash")
            return Result(name, "FAIL", f"firmware build failed:\n{out.decode()}{err}")
        sim_code, sim_out, sim_err = run([a.kilopy, "sim", elf, "--max-cycles", str(MAX_CYCLES),
                                          "--stats", "--input", stream])
    problems = []
    part = re.search(r"^sim part: (\S+)", sim_err, re.M)
    if not part or part.group(1) != a.mcu:
        problems.append(f"simulated as {part.group(1) if part else '?'}, not the {a.mcu} it was built for")
    if sim_out != host_out:
        problems.append("stdout differs\n--- host\n" + host_out.decode("utf-8", "replace") +
                        "--- avr\n" + sim_out.decode("utf-8", "replace"))
    if sim_code != host_code:
        problems.append(f"exit status differs: host {host_code}, avr {sim_code}")
    note = ""
    sim_peak = re.search(r"^sim (arena peak: .*)$", sim_err, re.M)
    if not host_peak or not sim_peak or host_peak.group(0) != sim_peak.group(1):
        problems.append(f"arena stats differ: host {host_peak.group(0) if host_peak else None!r}, "
                        f"avr {sim_peak.group(1) if sim_peak else None!r}")
    if host_code == 1 and sim_code == 1:
        sim_tb = "\n".join(l for l in sim_err.splitlines() if not l.startswith("sim ")) + "\n"
        if sim_tb != host_err:
            problems.append("traceback differs\n--- host\n" + host_err + "--- avr\n" + sim_tb)
        sf, sn, _ = traceback_parts(sim_tb)
        note = f"; {sn} at {sf[-1] if sf else '?'}"
    cycles = stat(sim_err, "cycles")
    high = stat(sim_err, "sram high-water")
    summary = f"{len(host_out)} bytes out, exit {host_code}, {cycles} cycles, SRAM high-water {high}, {sim_peak.group(1) if sim_peak else 'no arena peak'}{note}"
    if a.samples and (high is None or high > SRAM[a.mcu]):
        problems.append(f"SRAM high-water {high} exceeds the {a.mcu}'s {SRAM[a.mcu]} bytes")
    if a.samples:  # told another part than the ELF records, kilopy sim refuses
        other = next(m for m in sorted(SRAM) if m != a.mcu)
        code, _, err = run([a.kilopy, "sim", os.path.join(a.workdir, f"{name}.elf"), "--target", other])
        if code != 2 or f"was built for the {a.mcu}, not the {other}" not in err:
            problems.append(f"kilopy sim --target {other} on an {a.mcu} ELF: exit {code}\n{err}")
    if a.tracebacks:
        for want in d.get("expect", []):
            if want not in sim_err:
                problems.append(f"the traceback lacks {want!r}:\n{sim_err}")
        if not d.get("expect"):
            problems.append("no `# expect:` lines in the file")
    if problems:
        return Result(name, "FAIL", "\n".join(problems) + "\n" + sim_err)
    return Result(name, "ok", summary)


def check_failed_build(a, path):
    """A firmware build that fails (an arena larger than the part's SRAM) writes nothing."""
    name = "too_large"
    code, _, err = run([a.kilopy, "build", "--target", a.mcu, "--arena", "4096", "-o",
                        os.path.join(a.workdir, name + ".hex"), os.path.abspath(path)])
    left = firmware_files(a, name)
    if code != 2 or left or "failed" not in err:
        return Result(name, "FAIL", f"exit {code} (want 2), left {left} (want nothing):\n{err}")
    return Result(name, "ok", "a failed firmware build (4096-byte arena) exits 2 and leaves no file")


def check_stack_into_arena(a, path):
    """An arena that leaves the stack 16 bytes of SRAM links, but the stack runs into it:
    kilopy-sim fails the run (exit 3) and says so, rather than report what a run over a
    corrupted arena printed."""
    name = "stack_into_arena"
    elf = os.path.join(a.workdir, name + ".elf")
    arena = SRAM[a.mcu] - 16
    code, _, err = run([a.kilopy, "build", "--target", a.mcu, "--int-bits", str(a.bits), "--arena", str(arena), "-o", elf,
                        os.path.abspath(path)])
    if code != 0:
        return Result(name, "FAIL", f"kilopy build --arena {arena}: exit {code}\n{err}")
    code, _, err = run([a.kilopy, "sim", elf])
    if code != 3 or "stack grew down to its statics" not in err:
        return Result(name, "FAIL", f"kilopy sim of a firmware whose stack has 16 bytes: exit {code} (want 3)\n{err}")
    return Result(name, "ok", f"a {arena}-byte arena: kilopy sim fails the run (exit 3), the stack ran into the statics")


def check_firmware_cache(a, paths):
    """The firmware cache (KILOPY_CACHE_DIR, targets/host/firmware_cache.h) changes no byte: each
    program built again without it gives the .hex its build with the cache gave, and the cache
    holds the objects it kept."""
    name = "firmware_cache"
    cache = os.environ.get("KILOPY_CACHE_DIR")
    if not cache:
        return Result(name, "FAIL", "KILOPY_CACHE_DIR is not set: the tests build firmware with the cache")
    entries = [f for f in os.listdir(cache) if f.endswith(".o")] if os.path.isdir(cache) else []
    if len(entries) < 3:  # main.o, port.o and mmcu.o at least
        return Result(name, "FAIL", f"the cache {cache} holds {entries}: kilopy build --target did not use it")
    env = {k: v for k, v in os.environ.items() if k != "KILOPY_CACHE_DIR"}
    folder = os.path.join(a.workdir, "uncached")
    os.makedirs(folder, exist_ok=True)
    compared = 0
    for path in paths:
        stem = os.path.basename(path)[:-3]
        cached = os.path.join(a.workdir, stem + ".hex")
        if not os.path.exists(cached):  # skipped above: it does not fit
            continue
        elf = os.path.join(folder, stem + ".elf")
        p = subprocess.run(firmware_command(a, path, elf, path_arguments(path, directives(path))), env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT)
        if p.returncode != 0:
            return Result(name, "FAIL", f"{stem} without the cache: exit {p.returncode}\n{p.stderr.decode()}")
        if open(os.path.join(folder, stem + ".hex"), "rb").read() != open(cached, "rb").read():
            return Result(name, "FAIL", f"{stem}: the firmware built without the cache differs from the one built with it")
        compared += 1
    if not compared:
        return Result(name, "FAIL", "no program's firmware to compare")
    return Result(name, "ok", f"{compared} programs built without the cache ({len(entries)} objects in it): the same .hex")


def check_full_vm(a, path):
    """--full-vm: every handler compiled in, no .vm.h written, the same output as the host. Built
    for the atmega328p: the VM with every handler no longer fits the atmega168's 16 KB of flash
    (docs/targets.md); a program's own VM, with only its handlers, is what an atmega168 holds."""
    name = "full_vm"
    elf = os.path.join(a.workdir, name + ".elf")
    clear_firmware(a, name)
    code, _, err = run([a.kilopy, "build", "--target", "atmega328p", "--int-bits", str(a.bits), "--arena", str(a.arena),
                        "--full-vm", "-o", elf, os.path.abspath(path)])
    left, want = firmware_files(a, name), [f for f in FIRMWARE_FILES if f != ".vm.h"]
    if code != 0 and a.bits == 32 and "overflowed by" in err:  # since strs built at run time (docs/targets.md)
        return Result(name, "SKIP", "the VM with every handler no longer fits the atmega328p's flash at 32-bit ints: "
                      + err[err.index("overflowed by"):].split("\n")[0])
    if code != 0 or left != want:
        return Result(name, "FAIL", f"kilopy build --full-vm: exit {code}, wrote {left}, not {want}:\n{err}")
    stream = input_stream(path, directives(path))
    host_code, host_out, _ = run([a.kilopy, "run", path, "--int-bits", str(a.bits), "--heap", str(a.arena),
                                  "--input", stream])
    sim_code, sim_out, sim_err = run([a.kilopy, "sim", elf, "--max-cycles", str(MAX_CYCLES), "--stats",
                                      "--input", stream])
    if (sim_code, sim_out) != (host_code, host_out):
        return Result(name, "FAIL", f"{path} with --full-vm: exit {sim_code} (host {host_code}), "
                      f"stdout {'same' if sim_out == host_out else 'differs'}\n{sim_err}")
    return Result(name, "ok", f"{os.path.basename(path)} with --full-vm: no .vm.h, same output, "
                  f"{stat(sim_err, 'cycles')} cycles")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--bits", type=int, choices=[16, 32], required=True)
    ap.add_argument("--mcu", default="atmega168", choices=sorted(SRAM))
    ap.add_argument("--arena", type=int, default=512)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--samples", action="store_true", help="also require SRAM high-water <= the part's SRAM")
    ap.add_argument("--tracebacks", action="store_true", help="also check each file's `# expect:` lines")
    ap.add_argument("programs", nargs="+")
    a = ap.parse_args()
    a.workdir = os.path.abspath(a.workdir)
    os.makedirs(a.workdir, exist_ok=True)
    # Each program's firmware files are named after it in the work folder: one program given
    # twice runs once, and two programs of one name would clear each other's files.
    a.programs = list(dict.fromkeys(os.path.realpath(p) for p in a.programs))
    names = [os.path.basename(p) for p in a.programs]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        sys.exit(f"check_avr.py: two programs are named {', '.join(twice)}: run them in separate calls")

    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        results = list(pool.map(lambda p: check(a, p), a.programs))
    if a.samples:
        results.append(check_failed_build(a, a.programs[0]))
        results.append(check_stack_into_arena(a, a.programs[0]))
        results.append(check_full_vm(a, a.programs[0]))
        results.append(check_firmware_cache(a, a.programs))
    counts = {}
    for r in sorted(results, key=lambda r: (r.outcome != "FAIL", r.name)):
        counts[r.outcome] = counts.get(r.outcome, 0) + 1
        print(f"{r.outcome:5} {r.name}: {r.text}")
    print(f"\n{a.mcu}, {a.bits}-bit ints, {a.arena}-byte arena: " +
          ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) + f" in {time.time() - start:.0f} s")
    sys.exit(1 if counts.get("FAIL") or not counts.get("ok") else 0)


if __name__ == "__main__":
    main()
