#!/usr/bin/env python3
"""Where a program's cycles go on the AVR: builds its firmware (`kilopy build --target`, VM
specialised to it), runs it in kilopy-sim with --profile, and folds the cycles between the
GPIOR0 markers (the VM's run()) onto
  - the VM's dispatch targets: the code each ijmp of the dispatch entered, up to the next ijmp
    (a handler, or one case of a grouped handler's inner switch), named by its source line;
  - functions (avr-nm);
  - source lines, from the ELF's line tables (avr-addr2line; avr-gcc 5.4's tables name the
    innermost inlined line, e.g. kp_target.h's lpm for every operand fetch).
Not a test: it prints numbers.

  bench/avr/profile.py [--build build] [--bits 16] [--top 25] [--steps N | program.py]

--steps N profiles samples/perceptron.py as bench/avr/run.py times it: N training steps, the
progress line never printed (its test still runs); the final print is inside the markers.
"""
import argparse
import bisect
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import run  # noqa: E402  (bench/avr/run.py: the opcode names, the benchmark's perceptron)

MCU = run.MCU


def sh(cmd):
    return run.sh(cmd).stdout.decode()  # a failed step stops the script with its command and stderr


def symbols(elf):
    """Sorted (address, size, name) of the code symbols."""
    out = []
    for line in sh(["avr-nm", "-n", "-S", "-C", elf]).splitlines():
        m = re.match(r"([0-9a-f]+) ([0-9a-f]+) [tTwW] (.*)", line)
        if m:
            out.append((int(m.group(1), 16), int(m.group(2), 16), m.group(3)))
    return out


def symbol_of(syms, starts, pc):
    i = bisect.bisect_right(starts, pc) - 1
    if i >= 0 and pc < syms[i][0] + syms[i][1]:
        return syms[i][2]
    return "?"


def lines(elf, addrs):
    """address -> 'file:line'."""
    addrs = sorted(addrs)
    text = sh(["avr-addr2line", "-e", elf] + [hex(a) for a in addrs]) if addrs else ""
    return {a: re.sub(r" \(discriminator \d+\)", "", w.strip()) for a, w in zip(addrs, text.splitlines())}


def dispatch_labels(elf):
    """Handler address -> the opcodes whose entry in the VM's dispatch table points there
    (the firmware numbers the opcodes it has densely, in opcodes.def order: prog.vm.h).
    Switch tables are jumped through libgcc's __tablejump2__ after `subi r30, lo8(-T)` and
    `sbci r31, hi8(-T)` (T: the table's word address, the case's low bound folded in); the
    dispatch's table is the longest (run()'s switch starts at HALT = 0). Computed goto's table
    (the firmware's default) is the port's kp_jump_table of `jmp` instructions, or run()'s static
    `labels` (word addresses) in a build without it."""
    config = open(elf[:-4] + ".vm.h").read()
    names = [n for n in run.opcode_names() if re.search(rf"^#define KP_USES_{n} 1$", config, re.M)]
    symbols = sh(["avr-nm", elf])
    m = re.search(r"^([0-9a-f]+) \w kp_jump_table$", symbols, re.M)
    if m:  # the AVR port's table of jumps, `jmp label` per opcode: the dispatch's ijmp lands on the entry
        return {int(m.group(1), 16) + 4 * op: [name] for op, name in enumerate(names)}
    m = re.search(r"^([0-9a-f]+) \w _ZZN\w*runE\w*E6labels$", symbols, re.M)
    if m:
        start = int(m.group(1), 16)
        return table_labels(elf, start, 2 * len(names), names)
    dis = sh(["avr-objdump", "-d", elf]).splitlines()
    bases = set()
    for i, line in enumerate(dis):
        if line.endswith("<__tablejump2__>") and i >= 2:
            lo = re.search(r"subi\s+r30, 0x([0-9A-Fa-f]+)", dis[i - 2])
            hi = re.search(r"sbci\s+r31, 0x([0-9A-Fa-f]+)", dis[i - 1])
            if lo and hi:
                bases.add(2 * ((0x10000 - (int(hi.group(1), 16) << 8 | int(lo.group(1), 16))) & 0xFFFF))
    if not bases:
        return {}
    bases = sorted(bases)
    end = bases[-1]
    m = re.search(r"\.progmem\.gcc_sw_table\.\S*runE\S*\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)",
                  open(elf[:-4] + ".map").read())
    if m:
        end = int(m.group(1), 16) + int(m.group(2), 16)
    extents = [(b, (bases[i + 1] if i + 1 < len(bases) else end) - b) for i, b in enumerate(bases)]
    start, size = max(extents, key=lambda e: e[1])
    return table_labels(elf, start, size, names)


def table_labels(elf, start, size, names):
    """Handler address -> opcode names, from the table of word addresses at flash address start
    (read from a binary copy of .text, which starts at 0: a table need not be 16-byte aligned)."""
    with tempfile.TemporaryDirectory() as tmp:
        flat = os.path.join(tmp, "text.bin")
        sh(["avr-objcopy", "-O", "binary", "-j", ".text", elf, flat])
        data = open(flat, "rb").read()[start:start + size]
    words = [data[i] | data[i + 1] << 8 for i in range(0, len(data) - 1, 2)]
    labels = {}
    for op, word in enumerate(words[:len(names)]):
        labels.setdefault(2 * word, []).append(names[op])
    return labels


_sources = {}


def source_text(where):
    path, _, n = where.rpartition(":")
    if not n.isdigit() or not os.path.exists(path):
        return ""
    if path not in _sources:
        _sources[path] = open(path).read().splitlines()
    src = _sources[path]
    return src[int(n) - 1].strip()[:70] if 0 < int(n) <= len(src) else ""


def short(where):
    path, _, n = where.rpartition(":")
    return os.path.relpath(path, ROOT) + ":" + n if path.startswith(ROOT) else os.path.basename(path) + ":" + n


def table(title, counts, total, top):
    print(f"\n== {title} ==")
    print(f"  {'cycles':>9} {'%':>5} {'execs':>8}  where")
    for key, (hits, cycles) in sorted(counts.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"  {cycles:9} {100.0 * cycles / total:5.1f} {hits:8}  {key}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--bits", type=int, default=16, choices=(16, 32))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--steps", type=int, help="samples/perceptron.py as bench/avr/run.py times it")
    ap.add_argument("program", nargs="?", default=os.path.join(ROOT, "samples", "perceptron.py"))
    a = ap.parse_args()
    run.check_tools(a)
    with tempfile.TemporaryDirectory() as tmp:
        if a.steps:
            a.program = run.perceptron_variant(tmp, a.steps, 30000)
        elf = os.path.join(tmp, "prog.elf")
        prof = os.path.join(tmp, "prog.profile")
        sh([os.path.join(a.build, "kilopy"), "build", "--target", MCU, "--int-bits", str(a.bits), "-o", elf, a.program])
        p = subprocess.run([os.path.join(a.build, "kilopy-sim"), elf, "--mcu", MCU, "--profile", prof],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if p.returncode != 0:
            sys.exit(f"profile.py: kilopy-sim exited {p.returncode}: {p.stderr.decode().strip()}")
        pcs, targets = {}, {}
        for line in open(prof):
            kind, addr, hits, cycles = line.split()
            (pcs if kind == "pc" else targets)[int(addr, 16)] = (int(hits), int(cycles))
        total = sum(c for _, c in pcs.values())
        syms = symbols(elf)
        starts = [s[0] for s in syms]
        where = lines(elf, set(pcs) | set(targets))
        handlers = dispatch_labels(elf)

        name = f"samples/perceptron.py at {a.steps} steps, no progress lines" if a.steps else os.path.relpath(a.program, ROOT)
        print(f"{name}, {a.bits}-bit ints, {MCU}: {total} cycles in run(), "
              f"{sum(h for h, _ in pcs.values())} instructions, {sum(h for h, _ in targets.values())} dispatches")

        def fold(key_of, src):
            out = {}
            for addr, (hits, cycles) in src.items():
                k = key_of(addr)
                h, c = out.get(k, (0, 0))
                out[k] = (h + hits, c + cycles)
            return out

        # libgcc has no line table: addr2line would name the last line before it.
        def line_of(addr):
            sym = symbol_of(syms, starts, addr)
            w = where.get(addr, "?")
            return sym if sym.startswith("__") else f"{short(w)}  {source_text(w)}"

        def target(t):
            if t == 0:
                return "(before the first dispatch)"
            if t in handlers:
                return f"{t:#06x} " + " ".join(handlers[t])
            return f"{t:#06x} (inner case) {line_of(t)}"

        table("dispatch targets: cycles from an ijmp to the next, execs = entries; opcodes from "
              "the dispatch's jump table, inner cases (a grouped handler's switch) by source line",
              fold(target, targets), total, a.top)
        table("functions", fold(lambda pc: symbol_of(syms, starts, pc), pcs), total, a.top)
        table("source lines", fold(line_of, pcs), total, a.top)


if __name__ == "__main__":
    main()
